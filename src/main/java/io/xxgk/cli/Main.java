package io.xxgk.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point of {@code java -jar xxgk.jar}. Only this class exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return new CommandLine(new XxgkCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    /** Runs the command line writing to the given streams (tests read what a user would see). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new XxgkCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .execute(args);
    }
}
