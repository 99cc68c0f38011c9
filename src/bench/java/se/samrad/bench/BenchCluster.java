package se.samrad.bench;

import se.samrad.support.PrivateNatsServer;
import se.samrad.support.ServerProcess;
import se.samrad.support.WebClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two Samråd nodes as an operator runs them (issue 21): one MariaDB database, a NATS server with JetStream of the
 * run's own, and HAProxy in front with infra/haproxy/haproxy.cfg. Clients use {@link #base()}, HAProxy's address.
 */
final class BenchCluster implements AutoCloseable {

    private final PrivateNatsServer nats;
    private final BenchServer first;
    private final BenchServer second;
    private final Process haproxy;
    private final URI base;

    private BenchCluster(PrivateNatsServer nats, BenchServer first, BenchServer second, Process haproxy, URI base) {
        this.nats = nats;
        this.first = first;
        this.second = second;
        this.haproxy = haproxy;
        this.base = base;
    }

    static BenchCluster start(String name, String heap, Map<String, String> extraEnvironment) throws Exception {
        PrivateNatsServer nats = PrivateNatsServer.start();
        Map<String, String> env = new HashMap<>(extraEnvironment);
        env.put("SAMRAD_NATS_URL", nats.url());
        env.put("SAMRAD_PROXY_HEADER", "X-Forwarded-For");
        env.put("SAMRAD_TRUSTED_PROXIES", "127.0.0.1");
        BenchServer first = BenchServer.start(name, heap, env);
        BenchServer second = BenchServer.joining(first, name, 2, heap, env);
        int listen = ServerProcess.freePort();
        ProcessBuilder proxy = new ProcessBuilder("haproxy", "-db", "-f",
                Path.of("infra", "haproxy", "haproxy.cfg").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(Path.of("bench", "out", "haproxy-" + name + ".log").toFile());
        proxy.environment().put("SAMRAD_LISTEN", "127.0.0.1:" + listen);
        proxy.environment().put("SAMRAD_NODE1", first.base().getHost() + ":" + first.base().getPort());
        proxy.environment().put("SAMRAD_NODE2", second.base().getHost() + ":" + second.base().getPort());
        BenchCluster cluster = new BenchCluster(nats, first, second, proxy.start(),
                URI.create("http://127.0.0.1:" + listen + "/"));
        cluster.awaitBothUp();
        System.out.println("bench: two nodes behind HAProxy at " + cluster.base());
        return cluster;
    }

    /** Until HAProxy has seen both nodes healthy (two checks 2 s apart each, infra/haproxy/haproxy.cfg). */
    private void awaitBothUp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    Thread.sleep(5000); // rise 2 at 2 s: the second node is in rotation too
                    return;
                }
            } catch (java.io.IOException e) {
                // HAProxy is starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy did not answer; see bench/out/haproxy-*.log");
    }

    URI base() {
        return base;
    }

    /** The nodes' own addresses, past HAProxy. */
    List<URI> nodes() {
        return List.of(first.base(), second.base());
    }

    List<Long> pids() {
        return List.of(first.pid(), second.pid());
    }

    /** Clients signed in through HAProxy. */
    List<WebClient> signedIn(int count, String email) {
        return BenchServer.signedIn(base, count, email);
    }

    @Override
    public void close() throws Exception {
        haproxy.destroy();
        second.close();
        first.close();
        nats.close();
    }
}
