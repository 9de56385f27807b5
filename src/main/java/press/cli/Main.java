package press.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar press.jar COMMAND}. Exit codes: 0 success, 1 problems in the content or
 * templates, 2 bad usage.
 */
@Command(name = "press", mixinStandardHelpOptions = true, version = "press " + press.publish.Manifest.PRESS_VERSION,
        description = "A static site generator for large blogs.")
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
        CommandLine cl = commandLine(args);
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

    /**
     * The commands by name, in the order {@code press --help} lists them. Each name is its class's
     * {@code @Command} name (MainTest): spelt here so that a start reads no other command's annotations.
     */
    static final java.util.Map<String, Class<?>> COMMANDS = commands(
            "build", BuildCommand.class, "import", ImportCommand.class, "serve", ServeCommand.class, "generate", GenerateCommand.class,
            "similar", SimilarCommand.class, "init", InitCommand.class, "new", NewCommand.class, "releases", ReleasesCommand.class,
            "rollback", RollbackCommand.class, "diff", DiffCommand.class, "check", CheckCommand.class, "headers", HeadersCommand.class,
            "deploy", DeployCommand.class, "config", ConfigCommand.class, "help", CommandLine.HelpCommand.class);

    private static java.util.Map<String, Class<?>> commands(Object... nameThenClass) {
        java.util.Map<String, Class<?>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) out.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The commands a command line needs: only the one it names first ({@code press build ...}), else
     * all of them (help, usage errors, an option first). picocli reads each command's options by
     * reflection when it is added, and its classes are too old for the JVM's class-data archive:
     * adding all fifteen made a build reach its first step ~40 ms later.
     */
    static java.util.Collection<Class<?>> commandsFor(String... args) {
        Class<?> named = args.length == 0 || args[0].equals("help") ? null : COMMANDS.get(args[0]);
        return named != null ? java.util.List.of(named) : COMMANDS.values();
    }

    /** press's command line with the commands {@code args} need ({@link #commandsFor}): all of them for no arguments. */
    static CommandLine commandLine(String... args) {
        CommandLine cl = new CommandLine(new Main());
        for (Class<?> command : commandsFor(args)) cl.addSubcommand(command);
        return cl;
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
