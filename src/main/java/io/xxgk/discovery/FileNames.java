package io.xxgk.discovery;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encoding Java uses for file names, taken from the locale at JVM start. Report names are Chinese, so it has
 * to be UTF-8; cron and systemd often start programs without a locale (then it is ASCII).
 */
public final class FileNames {

    private FileNames() {
    }

    public static boolean utf8() {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        return Charset.isSupported(encoding) && Charset.forName(encoding).equals(StandardCharsets.UTF_8);
    }

    static String encoding() {
        return "in the file-name encoding " + System.getProperty("sun.jnu.encoding", "UTF-8");
    }

    /** What to do about a name that cannot be read. */
    public static String advice() {
        return utf8() ? "; rename the file (it was probably unpacked from an archive made in another encoding)"
                : "; run xxgk with a UTF-8 locale, e.g. LANG=C.UTF-8, so that Chinese file names can be read";
    }
}
