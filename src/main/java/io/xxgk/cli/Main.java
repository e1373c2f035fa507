package io.xxgk.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Entry point of {@code java -jar xxgk.jar}. Only this class exits the JVM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // H2 interns every string it reads or binds in a process-wide cache, which costs a hash of each one: about
        // 5% of a load's CPU, for strings that a load only passes through once. Set before H2 is first used.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line writing to the given streams (tests read what a user would see). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new XxgkCommand()).setCaseInsensitiveEnumValuesAllowed(true);
        usageErrorsExit64(commandLine);
        return commandLine;
    }

    /** picocli answers a bad command line with 2 by default, which here means "the load failed". */
    private static void usageErrorsExit64(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE)
                .exitCodeOnExecutionException(ExitCodes.FAILED);
        commandLine.getSubcommands().values().forEach(Main::usageErrorsExit64);
    }
}
