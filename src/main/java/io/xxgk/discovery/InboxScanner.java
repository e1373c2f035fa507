package io.xxgk.discovery;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists an inbox recursively in a deterministic order (by relative path). Symbolic links are never followed and
 * nothing outside the inbox is read: such entries are listed with a refusal so they are accounted for. Names
 * starting with '.' are skipped: that is where upload tools (rsync, scp, browsers) keep files still being written.
 */
public final class InboxScanner {

    public static final String SYMLINK = "SYMLINK";
    public static final String NOT_A_REGULAR_FILE = "NOT_A_REGULAR_FILE";
    public static final String OUTSIDE_INBOX = "OUTSIDE_INBOX";
    public static final String UNREADABLE = "UNREADABLE";
    public static final String TOO_LARGE = "TOO_LARGE";
    public static final String UNDECODABLE_NAME = "UNDECODABLE_NAME";
    /** Not a refusal of the scan: the content read for extraction was not the content hashed at discovery. */
    public static final String CHANGED_WHILE_READING = "CHANGED_WHILE_READING";

    private final long maxFileBytes;

    public InboxScanner(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    public List<InboxFile> scan(Path inbox) throws IOException {
        Path root = inbox.toRealPath();
        List<InboxFile> files = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!hidden(file)) {
                            files.add(describe(root, file, attrs));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (!hidden(file)) {
                            files.add(new InboxFile(relative(root, file), file, 0, 0, new InboxFile.Refusal(UNREADABLE,
                                    ReadFailures.describe(e))));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(Comparator.comparing(InboxFile::sourceFile));
        return files;
    }

    private InboxFile describe(Path root, Path file, BasicFileAttributes attrs) {
        String name = relative(root, file);
        long modified = attrs.lastModifiedTime().toMillis();
        InboxFile.Refusal refusal = null;
        if (!namesItself(root, name, file)) {
            // The name's bytes are not valid in the JVM's file-name encoding: as text it names another file.
            refusal = new InboxFile.Refusal(UNDECODABLE_NAME, "its name is not valid " + FileNames.encoding()
                    + FileNames.advice());
        } else if (attrs.isSymbolicLink()) {
            refusal = new InboxFile.Refusal(SYMLINK, "is a symbolic link; links are not followed, so that nothing "
                    + "outside the inbox is ever read (copy the report itself into the inbox)");
        } else if (!attrs.isRegularFile()) {
            refusal = new InboxFile.Refusal(NOT_A_REGULAR_FILE, "is not a regular file (device, pipe or socket)");
        } else if (!insideInbox(root, file)) {
            refusal = new InboxFile.Refusal(OUTSIDE_INBOX, "resolves to a place outside the inbox; not read");
        } else if (attrs.size() > maxFileBytes) {
            refusal = new InboxFile.Refusal(TOO_LARGE, "is " + Sizes.human(attrs.size())
                    + ", above the job's max-file-size of " + Sizes.human(maxFileBytes)
                    + "; raise max-file-size in the job file if it really is a report");
        }
        return new InboxFile(name, file, attrs.size(), modified, refusal);
    }

    /** Whether the relative name, as text, leads back to the same file (it does not if the bytes did not decode). */
    private static boolean namesItself(Path root, String name, Path file) {
        try {
            return root.resolve(name).equals(file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static boolean insideInbox(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    /** The relative path with '/' separators on every platform, so names are the same in every output. */
    static String relative(Path root, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (!name.isEmpty()) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }
}
