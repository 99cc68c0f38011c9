package se.samrad.platform.web;

import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A load balancer gets 503 and DOWN quickly when the database fails or hangs, never a stack trace. */
class HealthControllerTest {

    @Test
    void failingDatabaseIsReportedDown() {
        HttpResponse<HealthController.Health> response = new HealthController(dataSource(() -> {
            throw new SQLTransientConnectionException("pool exhausted");
        }), new Drain()).detailed();
        assertEquals(503, response.code());
        assertEquals("DOWN", response.body().status());
        assertEquals("SQLTransientConnectionException", response.body().database().product());
    }

    @Test
    void hangingDatabaseIsReportedDownWithinTheTimeout() {
        HealthController health = new HealthController(dataSource(() -> {
            Thread.sleep(30_000);
            throw new SQLException("unreachable");
        }), new Drain());
        long started = System.nanoTime();
        HttpResponse<HealthController.Health> response = health.detailed();
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, response.code());
        assertEquals("timeout", response.body().database().product());
        assertTrue(millis < 5_000, "answered after " + millis + " ms");
    }

    @Test
    void aDrainingNodeAnswers503SoThatTheBalancerSendsNothingNew() {
        Drain drain = new Drain();
        boolean[] closed = {false};
        drain.onDrain(() -> closed[0] = true);
        HealthController health = new HealthController(dataSource(() -> {
            throw new SQLException("not asked");
        }), drain);
        drain.shutdownGracefully();
        HttpResponse<?> response = health.health(null);
        assertEquals(503, response.code());
        assertEquals("DRAINING", ((HealthController.Status) response.body()).status());
        assertTrue(closed[0], "live connections were told to close");
    }

    /** The balancer needs a moment to see the 503: connections close only after the notice, while /health says 503. */
    @Test
    void aDrainingNodeClosesItsConnectionsOnlyAfterTheBalancerHadTimeToNotice() throws Exception {
        Drain drain = new Drain(java.time.Duration.ofSeconds(3));
        boolean[] closed = {false};
        drain.onDrain(() -> closed[0] = true);
        HealthController health = new HealthController(dataSource(() -> {
            throw new SQLException("not asked");
        }), drain);
        java.util.concurrent.CompletableFuture<?> stopping = drain.shutdownGracefully().toCompletableFuture();
        assertEquals(503, health.health(null).code());
        assertTrue(!closed[0] && !stopping.isDone(), "closed before the balancer could notice");
        stopping.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertTrue(closed[0], "live connections were told to close after the notice");
    }

    @FunctionalInterface
    private interface ConnectionSource {
        Connection get() throws Exception;
    }

    private static DataSource dataSource(ConnectionSource connections) {
        return (DataSource) Proxy.newProxyInstance(HealthControllerTest.class.getClassLoader(),
                new Class<?>[]{DataSource.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> connections.get();
                    case "getLogWriter" -> new PrintWriter(System.out);
                    case "isWrapperFor" -> false;
                    case "toString" -> "test data source";
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }
}
