package io.xxgk.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The extraction core is plain Java: nothing under io.xxgk.core may import or name Spring. */
class CoreWithoutSpringTest {

    private static final Path CORE = Path.of("src/main/java/io/xxgk/core");

    @Test
    void noCoreSourceFileReferencesSpring() throws IOException {
        // given
        List<Path> sources;
        try (Stream<Path> files = Files.walk(CORE)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }

        // when
        List<String> springLines = new ArrayList<>();
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("org.springframework")) {
                    springLines.add(CORE.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }

        // then
        assertThat(sources).as("core sources scanned").hasSizeGreaterThan(30)
                .contains(CORE.resolve("ReportParser.java"), CORE.resolve("extract/ReportExtractor.java"));
        assertThat(springLines).isEmpty();
    }
}
