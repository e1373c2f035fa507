package io.xxgk.core;

import io.xxgk.core.model.ExtractionFailure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Parsers read untrusted documents. Mutated seeds (random byte edits, dropped, duplicated and shuffled lines) must
 * end in a report or a typed {@link ExtractionFailure} with a message, within a bounded time: never another
 * exception, never a hang. Fixed random seeds keep every case reproducible; the case name says how to rebuild it.
 */
class ReportFuzzTest {

    private static final int CASES_PER_SEED = 60;
    private static final Duration PER_FILE = Duration.ofSeconds(2);

    @TestFactory
    Stream<DynamicTest> mutatedSeedsEndInAReportOrATypedFailure() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("data/samples"))) {
            for (Path seed : seeds.sorted().toList()) {
                byte[] original = Files.readAllBytes(seed);
                for (int i = 0; i < CASES_PER_SEED; i++) {
                    long caseSeed = seed.getFileName().toString().hashCode() * 31L + i;
                    String name = seed.getFileName() + " mutation " + i + " (seed " + caseSeed + ")";
                    tests.add(DynamicTest.dynamicTest(name, () -> assertHandled(mutate(original, new Random(caseSeed)))));
                }
            }
        }
        return tests.stream();
    }

    private static void assertHandled(byte[] bytes) {
        assertTimeoutPreemptively(PER_FILE, () -> {
            try {
                ReportParser.Parsed parsed = new ReportParser().parse(bytes, "fuzz.txt");
                assertThat(parsed.report().cells()).hasSizeBetween(198, 200);
            } catch (ExtractionFailure e) {
                assertThat(e.getMessage()).isNotBlank();
                assertThat(e.reason()).isNotNull();
            }
        });
    }

    static byte[] mutate(byte[] original, Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> editBytes(original, random);
            case 1 -> editLines(original, random, LineEdit.DROP);
            case 2 -> editLines(original, random, LineEdit.DUPLICATE);
            default -> editLines(original, random, LineEdit.SHUFFLE);
        };
    }

    private enum LineEdit { DROP, DUPLICATE, SHUFFLE }

    private static byte[] editBytes(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(20);
        for (int i = 0; i < edits; i++) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] editLines(byte[] original, Random random, LineEdit edit) {
        List<String> lines = new ArrayList<>(List.of(new String(original, StandardCharsets.UTF_8).split("\n", -1)));
        int edits = 1 + random.nextInt(15);
        for (int i = 0; i < edits && lines.size() > 2; i++) {
            int at = random.nextInt(lines.size());
            switch (edit) {
                case DROP -> lines.remove(at);
                case DUPLICATE -> lines.add(at, lines.get(at));
                case SHUFFLE -> Collections.swap(lines, at, random.nextInt(lines.size()));
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
