package io.xxgk.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Temporary names and atomic renames for published files. The temporary file sits in the target's directory (a
 * rename across file systems is not atomic) and starts with '.', so Spark, Hive and glob patterns such as
 * {@code *.parquet} never pick it up.
 */
final class AtomicFiles {

    static final String SUFFIX = ".inprogress";

    private AtomicFiles() {
    }

    static Path temporaryFor(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return target.resolveSibling("." + target.getFileName() + SUFFIX);
    }

    static void moveIntoPlace(Path temporary, Path target) throws IOException {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(SUFFIX);
    }
}
