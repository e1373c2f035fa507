package io.xxgk.core.source;

/** Text decoded from a report's bytes, with the charset that decoded it. */
public record DecodedText(String text, String charset) {
}
