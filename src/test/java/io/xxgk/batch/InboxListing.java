package io.xxgk.batch;

import io.xxgk.core.ReportIds;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * What is in a directory tree, entry by entry: the sha256 of every regular file (hidden ones included), the target
 * of every link, the kind of anything else. Links are not followed and pipes are not opened, so the listing itself
 * never blocks or leaves the tree. Two equal listings mean no input was moved, removed, added or modified.
 */
final class InboxListing {

    private InboxListing() {
    }

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> listing = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = root.relativize(file).toString();
                if (attrs.isSymbolicLink()) {
                    listing.put(name, "link to " + Files.readSymbolicLink(file));
                } else if (attrs.isRegularFile()) {
                    listing.put(name, "sha256 " + ReportIds.sha256(Files.readAllBytes(file)));
                } else {
                    listing.put(name, attrs.isOther() ? "other (pipe, device or socket)" : "unknown");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                listing.put(root.relativize(dir) + "/", "directory");
                return FileVisitResult.CONTINUE;
            }
        });
        return listing;
    }
}
