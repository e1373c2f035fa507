package io.xxgk.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InboxScannerTest {

    @TempDir
    Path inbox;

    @Test
    void scan_ListsFilesRecursivelyByRelativePathWithSlashes() throws Exception {
        write("b.txt", "b");
        write("a/z.txt", "z");
        write("a/年报 2020.txt", "c");

        List<InboxFile> files = new InboxScanner(1024).scan(inbox);

        assertThat(files).extracting(InboxFile::sourceFile).containsExactly("a/z.txt", "a/年报 2020.txt", "b.txt");
        assertThat(files).allMatch(f -> !f.refused());
    }

    @Test
    void scan_SkipsNamesStartingWithADotWhereUploadToolsKeepPartialFiles() throws Exception {
        write("report.txt", "r");
        write(".report.txt.part", "partial");
        write(".staging/other.txt", "o");

        assertThat(new InboxScanner(1024).scan(inbox)).extracting(InboxFile::sourceFile)
                .containsExactly("report.txt");
    }

    @Test
    void scan_RefusesLinksWithoutFollowingThem() throws Exception {
        Path outside = Files.createTempFile("outside", ".txt");
        Path outsideDir = Files.createTempDirectory("outside");
        Files.writeString(outsideDir.resolve("hidden.txt"), "x");
        Files.createSymbolicLink(inbox.resolve("file-link.txt"), outside);
        Files.createSymbolicLink(inbox.resolve("dir-link"), outsideDir);

        List<InboxFile> files = new InboxScanner(1024).scan(inbox);

        assertThat(files).extracting(InboxFile::sourceFile).containsExactly("dir-link", "file-link.txt");
        assertThat(files).allSatisfy(f -> assertThat(f.refusal().code()).isEqualTo(InboxScanner.SYMLINK));
    }

    @Test
    void scan_RefusesFilesAboveTheLimitWithBothSizesInTheReason() throws Exception {
        write("big.txt", "x".repeat(3000));
        write("small.txt", "x".repeat(100));

        List<InboxFile> files = new InboxScanner(2048).scan(inbox);

        assertThat(files.get(0).refusal().code()).isEqualTo(InboxScanner.TOO_LARGE);
        assertThat(files.get(0).refusal().reason()).contains("2.9 KB").contains("2.0 KB");
        assertThat(files.get(1).refused()).isFalse();
    }

    @Test
    void scan_RefusesANameThatIsNotValidUtf8SayingToRenameIt() throws Exception {
        // 年报 in GBK, as unpacked from an archive made on a Chinese Windows machine (Java cannot write such a name)
        Process touch = new ProcessBuilder("sh", "-c", "touch \"$(printf 'gbk\\304\\352\\261\\250.txt')\"")
                .directory(inbox.toFile()).start();
        assertThat(touch.waitFor()).isZero();
        write("ok.txt", "fine");

        List<InboxFile> files = new InboxScanner(1024).scan(inbox);

        assertThat(files).hasSize(2);
        assertThat(files).filteredOn(InboxFile::refused).singleElement().satisfies(f -> {
            assertThat(f.refusal().code()).isEqualTo(InboxScanner.UNDECODABLE_NAME);
            assertThat(f.refusal().reason()).contains("rename the file");
        });
    }

    @Test
    void fingerprint_ChangesWithTheListingButNotWithoutIt() throws Exception {
        Path file = write("a.txt", "a");
        String before = InboxFingerprint.of(new InboxScanner(1024).scan(inbox));

        assertThat(InboxFingerprint.of(new InboxScanner(1024).scan(inbox))).isEqualTo(before);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 1000));
        assertThat(InboxFingerprint.of(new InboxScanner(1024).scan(inbox))).isNotEqualTo(before);
    }

    private Path write(String name, String content) throws Exception {
        Path file = inbox.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
