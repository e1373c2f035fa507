package io.xxgk.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The hostile inbox of issue 7, written next to the five seeds, and what must become of every file in it. Text
 * fixtures are committed under {@code src/test/resources/hostile/} (their README says how each was cut from the
 * seeds); what is binary, large or a file-system object (other encodings, an image, links, a pipe, odd names) is
 * generated here. Expectations come from the inputs: a renamed copy of a seed must load the seed's values, a
 * refused file must say the words an operator needs.
 */
final class HostileCorpus {

    static final Path FIXTURES = Path.of("src/test/resources/hostile");
    /** The job's limit: every report here is smaller, {@code too-large.txt} is not. */
    static final String MAX_FILE_SIZE = "64KB";

    static final String SEED_000 = "000_94da31ab61563a3e.txt"; // agency alone on line 2
    static final String SEED_002 = "002_1cb59e66f00bcffe.txt"; // agency at the start of line 1
    static final List<String> SEEDS = List.of(SEED_000, "001_5bf9956e543a31f7.txt", SEED_002,
            "003_ae5e98d31dd755d7.txt", "004_2008f0193b0e469e.txt");
    static final String COPY = "extra-row (copy).txt";
    static final String INJECTION = "sql-and-csv-injection.txt";

    static final Set<String> LOADED = Set.of("LOADED");
    static final Set<String> DUPLICATE = Set.of("DUPLICATE");
    static final Set<String> QUARANTINED = Set.of("QUARANTINED");

    /** A seed under another agency name, so that it is published beside the seed rather than as its duplicate. */
    record Variant(String sourceFile, String seed, String agency) {
    }

    /**
     * What must become of one file: a status it may end in and, for a file not loaded, the stable code and words of
     * the reason (the reason is for people, so the words are checked, the code is for scripts).
     */
    record Expected(String sourceFile, Set<String> statuses, String code, String words) {
    }

    /** The encodings and line ends Chinese government sites publish text in; all read like the UTF-8 copy. */
    private record Encoding(String sourceFile, String agencyTag, Charset charset, byte[] bom, String lineEnd) {
    }

    private static final List<Encoding> ENCODINGS = List.of(
            new Encoding("enc/utf-8.txt", "编码甲", StandardCharsets.UTF_8, new byte[0], "\n"),
            new Encoding("enc/utf-8-bom.txt", "编码乙", StandardCharsets.UTF_8, bytes(0xEF, 0xBB, 0xBF), "\n"),
            new Encoding("enc/utf-16le-bom.txt", "编码丙", StandardCharsets.UTF_16LE, bytes(0xFF, 0xFE), "\n"),
            new Encoding("enc/utf-16be-bom.txt", "编码丁", StandardCharsets.UTF_16BE, bytes(0xFE, 0xFF), "\n"),
            new Encoding("enc/gbk.txt", "编码戊", Charset.forName("GBK"), new byte[0], "\n"),
            // 㐀 (U+3400) is not in GBK: GB18030 writes it in four bytes
            new Encoding("enc/gb18030.txt", "编码己㐀", Charset.forName("GB18030"), new byte[0], "\n"),
            new Encoding("enc/crlf.txt", "编码庚", StandardCharsets.UTF_8, new byte[0], "\r\n"),
            new Encoding("enc/cr.txt", "编码辛", StandardCharsets.UTF_8, new byte[0], "\r"));

    final List<Variant> encodings = new ArrayList<>();
    final List<Variant> names = new ArrayList<>();
    final List<Expected> expected = new ArrayList<>();
    /** The name Java reads for the file whose name is GBK bytes (replacement characters where it does not decode). */
    String undecodableName;

    private final Path inbox;
    private final Path outside;

    private HostileCorpus(Path inbox, Path outside) {
        this.inbox = inbox;
        this.outside = outside;
    }

    /** Writes the corpus into {@code inbox} (which holds the seeds); links point into {@code outside}. */
    static HostileCorpus writeInto(Path inbox, Path outside) throws IOException, InterruptedException {
        HostileCorpus corpus = new HostileCorpus(inbox, outside);
        SEEDS.forEach(seed -> corpus.expect(seed, LOADED, "", ""));
        corpus.encodings();
        corpus.names();
        corpus.brokenContent();
        corpus.duplicates();
        corpus.limitsAndLinks();
        return corpus;
    }

    private void encodings() throws IOException {
        for (Encoding e : ENCODINGS) {
            String agency = "吉林市船营区" + e.agencyTag() + "街道办事处";
            String text = renamed(SEED_000, "吉林市船营区北极街道办事处", agency).replace("\n", e.lineEnd());
            if (e.charset().name().equals("GBK")) {
                // The seed's typo 䃼 (for 补, in 补正) is not in GBK, so no GBK page can carry it; the parser folds it
                // to 补 anyway (LabelNormalizer), so the GBK copy must still read exactly like the seed.
                text = text.replace('䃼', '补');
            }
            if (!e.charset().newEncoder().canEncode(text)) {
                throw new IllegalStateException(e.sourceFile() + ": the seed text is not all " + e.charset());
            }
            ByteBuffer encoded = e.charset().encode(text);
            byte[] bytes = new byte[e.bom().length + encoded.remaining()];
            System.arraycopy(e.bom(), 0, bytes, 0, e.bom().length);
            encoded.get(bytes, e.bom().length, encoded.remaining());
            write(e.sourceFile(), bytes);
            encodings.add(new Variant(e.sourceFile(), SEED_000, agency));
            expect(e.sourceFile(), LOADED, "", "");
        }
        // A few bytes no charset decodes in the middle of an otherwise good report.
        byte[] seed = Files.readAllBytes(LoadFixture.SEEDS.resolve("001_5bf9956e543a31f7.txt"));
        byte[] broken = new byte[seed.length + 3];
        System.arraycopy(seed, 0, broken, 0, 3000);
        System.arraycopy(bytes(0xFF, 0x80, 0xFF), 0, broken, 3000, 3);
        System.arraycopy(seed, 3000, broken, 3003, seed.length - 3000);
        write("enc/undecodable.txt", broken);
        expect("enc/undecodable.txt", QUARANTINED, "UNDECODABLE", "save the file as UTF-8");
    }

    private void names() throws IOException {
        String[][] files = {
                {"with space.txt", "江源区空格"},
                {"子目录/中文 年报.txt", "江源区中文名"},
                {"emoji 📊 report.txt", "江源区表情"},
                {"quote \" and, comma.txt", "江源区引号"},
                {"=1+1 formula name.txt", "江源区公式"}};
        for (String[] f : files) {
            write(f[0], renamed(SEED_002, "江源区", f[1]).getBytes(StandardCharsets.UTF_8));
            names.add(new Variant(f[0], SEED_002, f[1]));
            expect(f[0], LOADED, "", "");
        }
    }

    private void brokenContent() throws IOException {
        write("empty.txt", new byte[0]);
        expect("empty.txt", QUARANTINED, "EMPTY", "the file is empty");
        write("whitespace-only.txt", " \r\n\t\u3000\n".getBytes(StandardCharsets.UTF_8));
        expect("whitespace-only.txt", QUARANTINED, "EMPTY", "only whitespace");
        byte[] png = new byte[4096];
        new Random(7).nextBytes(png);
        System.arraycopy(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'), 0, png, 0, 8);
        write("scan.png", png);
        expect("scan.png", QUARANTINED, "BINARY", "binary data");
        write("reports.zip", zipOf("000.txt", Files.readAllBytes(LoadFixture.SEEDS.resolve(SEED_000))));
        expect("reports.zip", QUARANTINED, "UNSUPPORTED_FORMAT", "not a Word .docx");
        fixture("truncated-in-table.txt", QUARANTINED, "TABLES_MISSING", "so it looks truncated");
        fixture("tables-missing.txt", QUARANTINED, "TABLES_MISSING", "none of the three statistical tables");
        fixture("pre-2019.txt", QUARANTINED, "PRE_2019_FORMAT", "pre-2019 report");
        fixture("no-agency.txt", QUARANTINED, "NO_AGENCY", "names no agency");
        fixture("mixed-template.txt", LOADED, "", "");
        fixture("extra-row.txt", Set.of("LOADED", "DUPLICATE"), "", "");
        fixture(INJECTION, LOADED, "", "");
    }

    private void duplicates() throws IOException {
        write(COPY, Files.readAllBytes(FIXTURES.resolve("extra-row.txt")));
        expect(COPY, Set.of("LOADED", "DUPLICATE"), "", "");
        // Same agency and year; edition 2 has the later publication date (2021-03-15 against 2021-01-09).
        fixture("edition-1.txt", DUPLICATE, "", "same agency and year as edition-2.txt, which is the one published");
        fixture("edition-2.txt", LOADED, "", "");
    }

    private void limitsAndLinks() throws IOException, InterruptedException {
        StringBuilder large = new StringBuilder(Files.readString(LoadFixture.SEEDS.resolve(SEED_002)));
        while (large.length() < 40_000) { // 3 bytes per character: about 120 KB
            large.append("\n附件说明：本段为填充文字，用于超过文件大小上限。");
        }
        write("too-large.txt", large.toString().getBytes(StandardCharsets.UTF_8));
        expect("too-large.txt", QUARANTINED, "TOO_LARGE", "above the job's max-file-size of 64 KB");

        Files.createDirectories(outside.resolve("dir"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "not for the warehouse");
        Files.copy(LoadFixture.SEEDS.resolve(SEED_000), outside.resolve("dir").resolve("report.txt"));
        Files.createSymbolicLink(inbox.resolve("link-outside.txt"), secret);
        Files.createSymbolicLink(inbox.resolve("linked-dir"), outside.resolve("dir"));
        Files.createSymbolicLink(inbox.resolve("link-to-seed.txt"), Path.of(SEED_000)); // relative, inside
        for (String link : List.of("link-outside.txt", "linked-dir", "link-to-seed.txt")) {
            expect(link, QUARANTINED, "SYMLINK", "is a symbolic link; links are not followed");
        }

        // Reading a pipe blocks until someone writes to it: the load must never open one.
        shell("mkfifo pipe.txt");
        expect("pipe.txt", QUARANTINED, "NOT_A_REGULAR_FILE", "is not a regular file");
        // 年报 in GBK bytes, as unpacked from an archive made on a Chinese Windows machine.
        shell("touch \"$(printf 'gbk-name-\\304\\352\\261\\250.txt')\"");
        try (Stream<Path> entries = Files.list(inbox)) {
            undecodableName = entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gbk-name-"))
                    .findFirst().orElseThrow();
        }
        expect(undecodableName, QUARANTINED, "UNDECODABLE_NAME", "rename the file");
    }

    // helpers

    /** The seed's text with the first occurrence of {@code agency}, which must be in its title, replaced. */
    static String renamed(String seed, String agency, String replacement) throws IOException {
        String text = Files.readString(LoadFixture.SEEDS.resolve(seed), StandardCharsets.UTF_8);
        int at = text.indexOf(agency);
        if (at < 0 || text.substring(0, at).chars().filter(c -> c == '\n').count() > 2) {
            throw new IllegalStateException(seed + ": '" + agency + "' is not in the title");
        }
        return text.substring(0, at) + replacement + text.substring(at + agency.length());
    }

    private void fixture(String name, Set<String> statuses, String code, String words) throws IOException {
        write(name, Files.readAllBytes(FIXTURES.resolve(name)));
        expect(name, statuses, code, words);
    }

    private void expect(String sourceFile, Set<String> statuses, String code, String words) {
        expected.add(new Expected(sourceFile, statuses, code, words));
    }

    private void write(String name, byte[] bytes) throws IOException {
        Path file = inbox.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private void shell(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", command).directory(inbox.toFile()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("'" + command + "' failed");
        }
    }

    private static byte[] zipOf(String entry, byte[] content) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
