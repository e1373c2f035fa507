package io.xxgk.ops;

/** Error texts as Spring Batch records them (a whole stack trace) reduced to the one line an operator reads. */
final class Errors {

    private static final int MAX = 300;

    private Errors() {
    }

    /**
     * The first line of a recorded exit description, with the exception's package left out
     * ({@code SimpleName: message}). For a failed load that is the root cause (see {@code RootCauseFirst}).
     */
    static String oneLine(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return "";
        }
        return shorten(withoutPackage(recorded.strip().split("\\R", 2)[0].strip()));
    }

    /** {@code java.nio.file.FileSystemException: x} → {@code FileSystemException: x}. */
    private static String withoutPackage(String line) {
        int colon = line.indexOf(": ");
        String type = colon < 0 ? line : line.substring(0, colon);
        if (!type.matches("[\\w$]+(\\.[\\w$]+)+")) {
            return line;
        }
        return type.substring(type.lastIndexOf('.') + 1) + (colon < 0 ? "" : line.substring(colon));
    }

    private static String shorten(String line) {
        return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
    }
}
