package org.cytostorm.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cytostorm.web.DashboardServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cytostorm serve [--port P] [--host H]}: the local web dashboard, until interrupted. */
@Command(name = "serve", header = "Open the local web dashboard: run and compare patients in a browser.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts the dashboard on this computer (loopback only unless --host is given) and prints",
                "its address; stop it with Ctrl-C. The page picks a scenario, changes parameters, switches",
                "and doses, runs, draws the charts and shows the equivalent command line."})
final class ServeCommand implements Callable<Integer> {

    /** The default port. */
    static final int DEFAULT_PORT = 7414;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "P", defaultValue = "" + DEFAULT_PORT,
            description = "port to listen on, 1 to 65535, 0 for any free one (default: ${DEFAULT-VALUE})")
    private int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = DashboardServer.LOOPBACK,
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only); another address"
                    + " lets other computers run simulations here")
    private String host;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cytostorm-out/dashboard",
            description = "folder the dashboard's trials are written into, the only place it writes"
                    + " (default: ${DEFAULT-VALUE})")
    private java.nio.file.Path out;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, got " + port);
        }
        PrintWriter err = spec.commandLine().getErr();
        if (!InetAddress.getByName(host).isLoopbackAddress()) {
            err.println("warning: --host " + host + ": the dashboard is reachable from other computers; anyone who"
                    + " can reach it can run simulations on this one");
            err.flush();
        }
        try (DashboardServer server = DashboardServer.start(host, port, out)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("cytostorm dashboard: http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                    + server.port() + "/  (Ctrl-C to stop)");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return ExitCodes.OK;
    }
}
