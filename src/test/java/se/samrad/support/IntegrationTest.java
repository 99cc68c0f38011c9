package se.samrad.support;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.HashMap;
import java.util.Map;

/**
 * Base of tests that run the application against real MariaDB (see {@link TestDatabase}). Demo content is off
 * so that each test makes the data it needs; rate limits are high enough not to trip over test traffic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        TestDatabase.properties().forEach((k, v) -> properties.put(k, String.valueOf(v)));
        properties.put("samrad.demo.enabled", "false");
        // A random free port: another server (a developer's, a benchmark's) may hold 8080.
        properties.put("micronaut.server.port", "-1");
        properties.put("samrad.rate-limit.sign-in-per-minute", "100000");
        properties.put("samrad.rate-limit.sign-in-failures-per-hour", "100000");
        properties.putAll(extraProperties());
        return properties;
    }

    /** Further settings a test class needs. */
    protected Map<String, String> extraProperties() {
        return Map.of();
    }
}
