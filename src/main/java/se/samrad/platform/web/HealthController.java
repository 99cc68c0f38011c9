package se.samrad.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import se.samrad.platform.security.Role;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Liveness and readiness for load balancers and orchestration: UP, DOWN with status 503 when the database does
 * not answer within two seconds, or DRAINING with 503 while the node stops ({@link Drain}). Anonymous callers get the status alone; the database's product and version (and
 * why it is down) only platform admins, as they tell an attacker which vulnerabilities to try.
 */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
public class HealthController {

    private static final int TIMEOUT_SECONDS = 2;
    private final DataSource dataSource;
    // A hanging check must not occupy a shared pool: each runs on a virtual thread of its own.
    private final Executor checks = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("health-", 0).factory());

    private final Drain drain;

    public HealthController(DataSource dataSource, Drain drain) {
        this.drain = drain;
        // The injected data source only hands out connections inside @Transactional/@Connectable methods.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Serdeable
    public record Database(String status, String product, String version) {
    }

    @Serdeable
    public record Health(String status, Database database) {
    }

    /** What anyone may know. */
    @Serdeable
    public record Status(String status) {
    }

    @Get
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<?> health(@Nullable Authentication authentication) {
        if (drain.draining()) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).body(new Status("DRAINING"));
        }
        HttpResponse<Health> detailed = detailed();
        if (authentication != null && authentication.getRoles().contains(Role.PLATFORM_ADMIN_NAME)) {
            return detailed;
        }
        return HttpResponse.status(detailed.status()).body(new Status(detailed.body().status()));
    }

    /** The check with the database's details. */
    HttpResponse<Health> detailed() {
        // The pool may wait far longer than a load balancer should for a connection: bound the whole check.
        CompletableFuture<HttpResponse<Health>> check = CompletableFuture.supplyAsync(this::check, checks);
        try {
            return check.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            check.cancel(true);
            return down("timeout");
        } catch (ExecutionException e) {
            return down(e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private HttpResponse<Health> check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return down("not responding");
            }
            var meta = connection.getMetaData();
            return HttpResponse.ok(new Health("UP",
                    new Database("UP", meta.getDatabaseProductName(), meta.getDatabaseProductVersion())));
        } catch (SQLException e) {
            return down(e.getClass().getSimpleName());
        }
    }

    private static HttpResponse<Health> down(String reason) {
        return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(new Health("DOWN", new Database("DOWN", reason, "")));
    }
}
