package press.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar press.jar COMMAND}. Exit codes: 0 success, 1 problems in the content or
 * templates, 2 bad usage.
 */
@Command(name = "press", mixinStandardHelpOptions = true, version = "press " + press.publish.Manifest.PRESS_VERSION,
        description = "A static site generator for large blogs.",
        subcommands = {
                BuildCommand.class,
                ImportCommand.class,
                ServeCommand.class,
                GenerateCommand.class,
                SimilarCommand.class,
                InitCommand.class,
                NewCommand.class,
                ReleasesCommand.class,
                RollbackCommand.class,
                DiffCommand.class,
                CheckCommand.class,
                HeadersCommand.class,
                DeployCommand.class,
                ConfigCommand.class,
                CommandLine.HelpCommand.class,
        })
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = run(args);
        press.output.Trash.handOver(); // old releases still being deleted: finished by a detached rm, not on the user's time
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("press: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (!outOfMemory(ex)) throw ex; // a bug: picocli prints its stack trace
            return outOfMemory(line.getErr());
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(cl.getErr());
        }
    }

    /** Says the heap ran out, and how to give the JVM more. */
    private static int outOfMemory(java.io.PrintWriter err) {
        long max = Runtime.getRuntime().maxMemory() >> 20;
        err.println("press: out of memory: this site needs more than the JVM's " + max + " MB of heap; give it more, e.g. PRESS_JAVA_OPTS=-Xmx"
                + Math.max(2, 2 * ((max + 1023) >> 10)) + "g bin/press ... (the output is left as it was)");
        err.flush();
        return PROBLEMS;
    }

    /** Whether {@code e} is, or was caused by, the heap running out. */
    static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof OutOfMemoryError) return true;
        return false;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
