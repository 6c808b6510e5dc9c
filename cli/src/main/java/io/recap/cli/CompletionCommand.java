package io.recap.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recap completion bash|zsh}: prints a shell completion script. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print a completion script for commands, options and their values.",
            "bash:  source <(recap completion bash)     (or save it in ~/.local/share/bash-completion/"
                    + "completions/recap)",
            "zsh:   source <(recap completion zsh)      (in ~/.zshrc)"})
final class CompletionCommand implements Callable<Integer> {

    /** Shells a script is printed for. */
    enum Shell { bash, zsh }

    private final Environment env;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    CompletionCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        String script = AutoComplete.bash("recap", spec.root().commandLine());
        if (shell == Shell.zsh) {
            // picocli's script runs in zsh through its bash-completion emulation.
            env.out.println("autoload -U +X compinit && compinit");
            env.out.println("autoload -U +X bashcompinit && bashcompinit");
        }
        env.out.print(script);
        env.out.flush();
        return ExitCode.OK;
    }
}
