package io.xxgk.core.source;

/**
 * A quick look at the start of some bytes for a sequence UTF-8 cannot contain, so text in another charset is turned
 * away without decoding all of it as UTF-8 first. Well-formed means what the JDK's strict UTF-8 decoder accepts
 * (Unicode table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
 */
final class Utf8Prefix {

    /** How far to look; GB18030 reports show a malformed sequence at their first Chinese character. */
    private static final int LOOK_AHEAD = 512;
    /** The longest UTF-8 sequence; one ill-formed with this many bytes left is malformed, not cut short. */
    private static final int MAX_SEQUENCE = 4;

    private Utf8Prefix() {
    }

    /**
     * True when a malformed sequence starts within the first {@link #LOOK_AHEAD} bytes from {@code from} with at
     * least {@link #MAX_SEQUENCE} bytes from its start to the end: such bytes are never valid UTF-8, not even with
     * a character cut at the end forgiven. False says nothing: the bytes may still be malformed further on.
     */
    static boolean malformedNearStart(byte[] bytes, int from) {
        int end = Math.min(bytes.length, from + LOOK_AHEAD);
        int i = from;
        while (i < end) {
            int length = sequenceLength(bytes, i);
            if (length < 0) {
                return i + MAX_SEQUENCE <= bytes.length;
            }
            i += length;
        }
        return false;
    }

    /** The length of the well-formed sequence at {@code i}, or -1 when it is ill-formed or cut short. */
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int secondMin = 0x80;
        int secondMax = 0xBF;
        if (lead < 0xC2) {
            return -1; // a continuation byte, or an overlong two-byte form
        } else if (lead < 0xE0) {
            length = 2;
        } else if (lead < 0xF0) {
            length = 3;
            secondMin = lead == 0xE0 ? 0xA0 : 0x80; // E0 80..9F is overlong
            secondMax = lead == 0xED ? 0x9F : 0xBF; // ED A0..BF is a surrogate
        } else if (lead < 0xF5) {
            length = 4;
            secondMin = lead == 0xF0 ? 0x90 : 0x80; // F0 80..8F is overlong
            secondMax = lead == 0xF4 ? 0x8F : 0xBF; // F4 90.. is above U+10FFFF
        } else {
            return -1;
        }
        if (i + length > b.length) {
            return -1;
        }
        int second = b[i + 1] & 0xFF;
        if (second < secondMin || second > secondMax) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }
}
