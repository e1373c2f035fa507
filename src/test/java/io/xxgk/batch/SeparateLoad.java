package io.xxgk.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An {@code xxgk} command in its own JVM (the test classpath), its console going to a file, so that a test can kill
 * it with SIGKILL at a point it recognises in the console: no shutdown hook, no finally block runs.
 */
final class SeparateLoad {

    private final Process process;
    private final Path console;

    private SeparateLoad(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    /** Starts {@code java [properties] io.xxgk.cli.Main args…}; the environment (locale) is this JVM's. */
    static SeparateLoad start(Path console, List<String> properties, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-cp", testClasspath()));
        command.addAll(properties);
        command.add("io.xxgk.cli.Main");
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console.toFile())
                .start();
        return new SeparateLoad(process, console);
    }

    /** Waits until the console shows {@code marker} {@code times} times; fails if the process ends first. */
    void awaitConsole(String marker, int times) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            String text = console();
            if (text.split(Pattern.quote(marker), -1).length - 1 >= times) {
                return;
            }
            if (!process.isAlive()) {
                throw new AssertionError("the load ended before '" + marker + "' appeared:\n" + text);
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        throw new AssertionError("'" + marker + "' did not appear in time:\n" + console());
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    String console() throws IOException {
        return Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "";
    }

    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
