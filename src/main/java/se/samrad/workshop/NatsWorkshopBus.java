package se.samrad.workshop;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.nats.client.Dispatcher;
import io.nats.client.JetStream;
import io.nats.client.Message;
import io.nats.client.PublishOptions;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.cluster.Nats;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The workshop event bus of several nodes. An event this node stored is delivered to its own followers and
 * published to JetStream as {@code <namespace>.workshop.<id>} with the message id {@code <workshop>:<seq>} (the
 * stream's duplicate window drops a second publication); events other nodes stored arrive from NATS, bring this
 * node's copy of the workshop's state up to date ({@link EventLog#storedElsewhere}) and go to its followers.
 * Each followed workshop's {@link Relay} delivers in sequence order and fills any gap from MariaDB, so a message
 * lost by the broker (or never sent, by a node that died between its commit and its publish) is read from the
 * database: on the next event, after a reconnection, or by the sweep once a second.
 */
@Context
@Replaces(InProcessEventBus.class)
@Requires(bean = Nats.class)
class NatsWorkshopBus implements WorkshopEventBus {

    private static final Logger LOG = LoggerFactory.getLogger(NatsWorkshopBus.class);

    private final InProcessEventBus local = new InProcessEventBus();
    private final ConcurrentMap<Long, Relay> relays = new ConcurrentHashMap<>();
    private final EventStore store;
    private final BeanProvider<EventLog> log;
    private final JsonMapper json;
    private final String subject;
    private final JetStream jetStream;
    private final Dispatcher dispatcher;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("workshop-sweep").daemon().factory());

    NatsWorkshopBus(Nats nats, EventStore store, BeanProvider<EventLog> log, JsonMapper json) throws IOException {
        this.store = store;
        this.log = log;
        this.json = json;
        this.subject = nats.subject("workshop.");
        nats.stream(nats.streamName("workshop"), subject + ">", Duration.ofHours(24), Duration.ofMinutes(2));
        this.jetStream = nats.connection().jetStream();
        this.dispatcher = nats.connection().createDispatcher(this::received);
        dispatcher.subscribe(subject + "*");
        nats.onReconnect(this::sweep);
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public void publish(WorkshopEvent event) {
        Relay relay = relays.get(event.workshopId());
        if (relay != null) {
            relay.offer(event);
        }
        try {
            jetStream.publishAsync(subject + event.workshopId(), json.writeValueAsBytes(event),
                    PublishOptions.builder().messageId(event.workshopId() + ":" + event.seq()).build())
                    .exceptionally(failure -> {
                        LOG.debug("Publishing workshop event {}:{} failed; other nodes read it from the database",
                                event.workshopId(), event.seq(), failure);
                        return null;
                    });
        } catch (IOException | RuntimeException e) {
            LOG.debug("Publishing workshop event {}:{} failed", event.workshopId(), event.seq(), e);
        }
    }

    private void received(Message message) {
        WorkshopEvent event;
        try {
            event = json.readValue(message.getData(), WorkshopEvent.class);
        } catch (IOException | RuntimeException e) {
            LOG.warn("An unreadable workshop event on {}", message.getSubject(), e);
            return;
        }
        log.get().storedElsewhere(event.workshopId(), event.seq());
        Relay relay = relays.get(event.workshopId());
        if (relay != null) {
            relay.offer(event);
        }
    }

    @Override
    public Subscription subscribe(long workshopId, Listener listener) {
        Subscription subscription = local.subscribe(workshopId, listener);
        relays.computeIfAbsent(workshopId, id -> new Relay(id, store.lastSeq(id)));
        return subscription;
    }

    /**
     * Delivers what the database holds beyond what each followed workshop's relay has delivered. The last sequence
     * numbers are read in one query per thousand followed workshops, so the sweep's cost stays flat however many
     * workshops a long-running node has followed.
     */
    private void sweep() {
        List<Long> followed = List.copyOf(relays.keySet());
        for (int from = 0; from < followed.size(); from += EventStore.PAGE) {
            List<Long> batch = followed.subList(from, Math.min(followed.size(), from + EventStore.PAGE));
            try {
                store.lastSeqs(batch).forEach(this::caughtUp);
            } catch (RuntimeException e) {
                LOG.debug("Sweeping {} workshops failed", batch.size(), e);
            }
        }
    }

    private void caughtUp(long workshopId, long stored) {
        Relay relay = relays.get(workshopId);
        if (relay == null || stored <= relay.delivered()) {
            return;
        }
        try {
            log.get().storedElsewhere(workshopId, stored);
            relay.fillTo(stored);
        } catch (RuntimeException e) {
            LOG.debug("Sweeping workshop {} failed", workshopId, e);
        }
    }

    @PreDestroy
    void stop() {
        sweeper.shutdownNow();
        dispatcher.unsubscribe(subject + "*");
    }

    /** One workshop's delivery on this node: in sequence order, each event once, gaps read from MariaDB. */
    private final class Relay {
        final long workshopId;
        private long delivered;

        Relay(long workshopId, long delivered) {
            this.workshopId = workshopId;
            this.delivered = delivered;
        }

        synchronized long delivered() {
            return delivered;
        }

        synchronized void offer(WorkshopEvent event) {
            if (event.seq() <= delivered) {
                return;
            }
            fillTo(event.seq() - 1);
            if (event.seq() == delivered + 1) {
                deliver(event);
            }
        }

        synchronized void fillTo(long seq) {
            while (delivered < seq) {
                var page = store.after(workshopId, delivered, (int) Math.min(EventStore.PAGE, seq - delivered));
                if (page.isEmpty()) {
                    return;
                }
                page.forEach(this::deliver);
            }
        }

        private void deliver(WorkshopEvent event) {
            local.publish(event);
            delivered = event.seq();
        }
    }

}
