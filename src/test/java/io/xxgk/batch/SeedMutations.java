package io.xxgk.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Broken copies of a report, the way transfers and hand edits break them: bytes overwritten, lines dropped,
 * duplicated or swapped, the file cut short; one or two of these stacked. Deterministic for a given
 * {@link Random} seed, so a failing case can be rebuilt from its name.
 */
final class SeedMutations {

    private SeedMutations() {
    }

    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        int rounds = 1 + random.nextInt(2);
        for (int i = 0; i < rounds; i++) {
            bytes = switch (random.nextInt(5)) {
                case 0 -> overwriteBytes(bytes, random);
                case 1 -> editLines(bytes, random, Edit.DROP);
                case 2 -> editLines(bytes, random, Edit.DUPLICATE);
                case 3 -> editLines(bytes, random, Edit.SWAP);
                default -> Arrays.copyOf(bytes, random.nextInt(bytes.length) + 1);
            };
        }
        return bytes;
    }

    private enum Edit { DROP, DUPLICATE, SWAP }

    private static byte[] overwriteBytes(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(30);
        for (int i = 0; i < edits; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    /** Line edits on the text as UTF-8 (bytes that are not UTF-8 any more become U+FFFD, itself a mutation). */
    private static byte[] editLines(byte[] original, Random random, Edit edit) {
        List<String> lines = new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
        int edits = 1 + random.nextInt(20);
        for (int i = 0; i < edits && lines.size() > 2; i++) {
            int at = random.nextInt(lines.size());
            switch (edit) {
                case DROP -> lines.remove(at);
                case DUPLICATE -> lines.add(at, lines.get(at));
                case SWAP -> Collections.swap(lines, at, random.nextInt(lines.size()));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
