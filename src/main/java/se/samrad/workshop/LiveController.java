package se.samrad.workshop;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.inject.Named;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.web.StrictUtf8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The HTTP fallback of the live channel, for networks where WebSocket is blocked: long polling of the same
 * event log ({@code GET /w/<code>/events?after=n} answers at once when there is something newer, otherwise
 * when the next event is published or after {@value #WAIT_SECONDS} s with nothing), and inputs as JSON posts.
 */
@Controller("/w/{code}")
@Secured(SecurityRule.IS_ANONYMOUS)
class LiveController {

    static final int WAIT_SECONDS = 25;
    static final int MAX_EVENTS = 500;

    private final WorkshopService workshops;
    private final Viewers viewers;
    private final EventLog log;
    private final ConnectionHub hub;
    private final LiveInput input;
    private final JsonMapper json;
    private final ExecutorService executor;

    LiveController(WorkshopService workshops, Viewers viewers, EventLog log, ConnectionHub hub, LiveInput input,
                   JsonMapper json, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.workshops = workshops;
        this.viewers = viewers;
        this.log = log;
        this.hub = hub;
        this.input = input;
        this.json = json;
        this.executor = executor;
    }

    /** Events after {@code after}, waiting up to 25 s for the next one when there is none yet. */
    @Get("/events")
    @Produces(MediaType.APPLICATION_JSON)
    CompletableFuture<HttpResponse<String>> events(HttpRequest<?> request, @PathVariable String code,
                                                   @QueryValue(defaultValue = "0") long after) {
        Viewers.Viewer viewer = viewer(request, code);
        long workshopId = viewer.workshop().id();
        CompletableFuture<Void> next = hub.nextEvent(workshopId);
        List<WorkshopEvent> events = log.after(workshopId, after, MAX_EVENTS);
        if (!events.isEmpty()) {
            return CompletableFuture.completedFuture(answer(events, viewer));
        }
        return next.completeOnTimeout(null, WAIT_SECONDS, TimeUnit.SECONDS)
                .thenApplyAsync(v -> answer(log.after(workshopId, after, MAX_EVENTS), viewer), executor);
    }

    /**
     * A participant's input as JSON; answered with the acknowledgement once it is stored. A body that is not
     * UTF-8 is refused with 400, as the JSON API refuses it, rather than stored with U+FFFD in it.
     */
    @Post("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<String> submit(HttpRequest<?> request, @PathVariable String code, @Body byte[] bytes) {
        Viewers.Viewer viewer = viewer(request, code);
        if (viewer.participant() == null) {
            throw new NotFoundException("participant");
        }
        String body;
        try {
            body = StrictUtf8.decode(bytes);
        } catch (InvalidRequestException e) {
            return HttpResponse.<String>badRequest().contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(input.refused(input.clientId(new String(bytes, StandardCharsets.UTF_8)), e.messageKey()));
        }
        Map<String, Object> message;
        try {
            message = json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            message = Map.of();
        }
        if (message == null) {
            message = Map.of(); // the body "null": refused like any input without a type
        }
        String answer = input.handle(viewer, message);
        return (answer.contains("\"nack\"") ? HttpResponse.<String>unprocessableEntity() : HttpResponse.<String>ok())
                .contentType(MediaType.APPLICATION_JSON_TYPE).body(answer);
    }

    private Viewers.Viewer viewer(HttpRequest<?> request, String code) {
        return viewers.of(request, workshops.byCode(code)).orElseThrow(() -> new NotFoundException("participant"));
    }

    private HttpResponse<String> answer(List<WorkshopEvent> all, Viewers.Viewer viewer) {
        List<WorkshopEvent> events = viewer.isFacilitator() ? all : all.stream()
                .map(e -> ConnectionHub.needsRedaction(e) ? ConnectionHub.redacted(e) : e).toList();
        try {
            return HttpResponse.ok(json.writeValueAsString(Map.of("events", events)))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
