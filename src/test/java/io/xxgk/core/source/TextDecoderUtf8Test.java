package io.xxgk.core.source;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast UTF-8 check accepts exactly the byte sequences a strict UTF-8 decoder accepts. */
class TextDecoderUtf8Test {

    @Test
    void acceptsExactlyWhatAStrictDecoderAccepts() {
        byte[][] pieces = {"a".getBytes(StandardCharsets.UTF_8), "\t\n".getBytes(StandardCharsets.UTF_8),
                "政府".getBytes(StandardCharsets.UTF_8), "\uFFFD".getBytes(StandardCharsets.UTF_8),
                "😀".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xE6}, {(byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF},
                "政".getBytes(java.nio.charset.Charset.forName("GB18030"))};
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < 100_000; i++) {
            ByteBuffer buf = ByteBuffer.allocate(64);
            for (int k = r.nextInt(8); k >= 0; k--) {
                buf.put(pieces[r.nextInt(pieces.length)]);
            }
            byte[] bytes = java.util.Arrays.copyOf(buf.array(), buf.position());
            assertThat(TextDecoder.isStrictUtf8(bytes)).as(java.util.HexFormat.of().formatHex(bytes))
                    .isEqualTo(strict(bytes));
        }
    }

    private static boolean strict(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
