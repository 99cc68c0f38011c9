package se.samrad.infra;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What an operator runs (infra/, issue 21) holds together, although no test here can run Docker: the compose files
 * and the Kubernetes manifest parse and name the settings the server reads; HAProxy accepts its configuration.
 */
class InfraFilesTest {

    private static Object yaml(String file) throws IOException {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(Path.of("infra", file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void theSeveralNodeComposeFileRunsTwoNodesOnOneDatabaseAndBrokerBehindHaproxy() throws IOException {
        Map<String, Object> services = map(map(yaml("compose.yaml")).get("services"));
        assertTrue(services.keySet().containsAll(List.of("mariadb", "nats", "node1", "node2", "haproxy")),
                services.keySet().toString());
        for (String node : List.of("node1", "node2")) {
            Map<String, Object> environment = map(map(services.get(node)).get("environment"));
            assertEquals("nats://nats:4222", environment.get("SAMRAD_NATS_URL"), node);
            assertEquals("jdbc:mariadb://mariadb:3306/samrad", environment.get("DATASOURCES_DEFAULT_URL"), node);
            assertEquals("X-Forwarded-For", environment.get("SAMRAD_PROXY_HEADER"), node);
            assertEquals("15s", map(services.get(node)).get("stop_grace_period"), node + " drains before it is killed");
        }
        assertTrue(map(services.get("nats")).get("command").toString().contains("-js"), "NATS with JetStream");
        Map<String, Object> haproxy = map(services.get("haproxy"));
        assertEquals(Map.of("SAMRAD_LISTEN", ":8080", "SAMRAD_NODE1", "node1:8080", "SAMRAD_NODE2", "node2:8080"),
                haproxy.get("environment"));
        assertTrue(haproxy.get("volumes").toString().contains("./haproxy/haproxy.cfg:"), "runs infra/haproxy/haproxy.cfg");
    }

    @Test
    void theSingleServerComposeFileStillParses() throws IOException {
        Map<String, Object> services = map(map(yaml("compose.yml")).get("services"));
        assertTrue(services.containsKey("samrad") && services.containsKey("db"), services.keySet().toString());
    }

    @Test
    void theKubernetesDeploymentIsReadyOnHealthAndHasTimeToDrain() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        new Yaml(new SafeConstructor(new LoaderOptions()))
                .loadAll(Files.readString(Path.of("infra/kubernetes/samrad.yaml"))).forEach(d -> documents.add(map(d)));
        assertEquals(List.of("Deployment", "Service"), documents.stream().map(d -> d.get("kind")).toList());
        Map<String, Object> pod = map(map(map(documents.get(0).get("spec")).get("template")).get("spec"));
        assertTrue(((Number) pod.get("terminationGracePeriodSeconds")).intValue() > 10, "longer than the drain");
        @SuppressWarnings("unchecked")
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        assertEquals("/health", map(map(container.get("readinessProbe")).get("httpGet")).get("path"));
        assertTrue(container.get("env").toString().contains("SAMRAD_NATS_URL"));
    }

    @Test
    void haproxyAcceptsItsConfiguration() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")), "HAProxy is not installed (.ci/run installs it)");
        ProcessBuilder check = new ProcessBuilder("/usr/sbin/haproxy", "-c", "-f", "infra/haproxy/haproxy.cfg")
                .redirectErrorStream(true);
        check.environment().putAll(Map.of("SAMRAD_LISTEN", "127.0.0.1:18080", "SAMRAD_NODE1", "127.0.0.1:18081",
                "SAMRAD_NODE2", "127.0.0.1:18082")); // -c only checks: nothing listens
        Process process = check.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
    }
}
