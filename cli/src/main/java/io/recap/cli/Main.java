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
}
