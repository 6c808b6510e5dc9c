package io.recap.cli;

/** The {@code recap} command-line tool. */
public final class Main {

    private Main() {
    }

    /** Runs recap and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(Environment.ofProcess(), args));
    }

    /** Runs recap in {@code env}; returns the exit code. */
    static int run(Environment env, String... args) {
        try {
            if (versionOnly(args)) {
                String[] lines = version();
                if (lines != null) {
                    for (String line : lines) {
                        env.out.println(line);
                    }
                    return ExitCode.OK;
                }
            }
            return RecapCommand.commandLine(env, args).execute(args);
        } catch (OutOfMemoryError e) {
            env.err.println("recap: error: out of memory (heap ceiling " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB); run it again with a higher ceiling, such as RECAP_MAX_HEAP=2g bin/recap …");
            return ExitCode.FAILURE;
        } finally {
            env.out.flush();
            env.err.flush();
        }
    }

    /**
     * Whether {@code args} ask only for the version. Those are answered without picocli: its reflection over the
     * command's annotations costs more than the JVM's own start, for two lines that need none of it.
     */
    private static boolean versionOnly(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /** The lines {@code --version} prints (those picocli prints from {@link VersionProvider}), or null. */
    private static String[] version() {
        try {
            return new VersionProvider().getVersion();
        } catch (java.io.IOException e) {
            return null; // picocli reports it as it would have
        }
    }
}
