package io.recap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recap serve}'s refusals, which come before it starts serving (its serving is {@link ServeIT}'s, over
 * bin/recap in a subprocess): wrong options are usage errors, a missing index says how to make one, a taken port
 * how to choose another.
 */
class ServeCommandTest {

    @TempDir
    Path tmp;
    final Cli cli = Examples.overSharedIndex();

    @Test
    void aPortOutOfRangeIsAUsageError() {
        assertThat(cli.run("serve", "--port", "70000")).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err).isEqualTo("recap: error: --port takes a port from 0 to 65535 (0: a free one), not 70000\n");
    }

    @Test
    void anAddressThatIsNoneIsAUsageError() {
        assertThat(cli.run("serve", "--bind", "no such host.invalid")).isEqualTo(ExitCode.USAGE);
        assertThat(cli.err).startsWith("recap: error: --bind takes an address of this machine");
    }

    @Test
    void withoutAnIndexItSaysHowToMakeOne() {
        assertThat(cli.run("serve", "--index", tmp.resolve("none").toString(), "--port", "0"))
                .isEqualTo(ExitCode.INDEX);
        assertThat(cli.err).contains("no index at").contains("run `recap index PATH` first");
        assertThat(cli.out).isEmpty();
    }

    @Test
    void aTakenPortSaysHowToChooseAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(cli.run("serve", "--port", Integer.toString(taken.getLocalPort()))).isEqualTo(ExitCode.FAILURE);
            assertThat(cli.err).isEqualTo("recap: error: cannot listen on 127.0.0.1 port " + taken.getLocalPort()
                    + " (the port is taken, or the address is not this machine's); choose another with --port N, "
                    + "or --port 0 for a free one\n");
        }
    }
}
