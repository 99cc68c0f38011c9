package se.samrad.library;

import io.micronaut.context.annotation.Requires;
import io.nats.client.Dispatcher;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Message;
import io.nats.client.PushSubscribeOptions;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.StreamState;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.cluster.Nats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The change feed that keeps every node's library index in step when several nodes share a NATS server. Each
 * change to an example (published, edited, withdrawn, deleted, its attachment's text read) is published, after
 * commit, to the JetStream stream {@code <NAMESPACE>_LIBRARY} as the example's id. Every node follows the stream
 * from the position its index last committed (kept in the Lucene commit itself, so index and position never
 * disagree) and re-reads each example from MariaDB, which is idempotent. A node whose position fell out of the
 * stream's retention (or whose stream was reset) rebuilds from MariaDB, as for a missing index.
 */
@Singleton
@Requires(property = "samrad.nats.url")
class LibraryFeed {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryFeed.class);
    static final Duration RETENTION = Duration.ofDays(7);
    private static final String NODE = "Samrad-Node";

    private final Nats nats;
    private final JetStream jetStream;
    private final String subject;
    private final String stream;
    /** This process: its own messages only move the position, the index already holds them. */
    private final String node = UUID.randomUUID().toString();
    private Dispatcher dispatcher;
    private JetStreamSubscription subscription;

    LibraryFeed(Nats nats) throws IOException {
        this.nats = nats;
        this.subject = nats.subject("library.changed");
        this.stream = nats.streamName("library");
        nats.stream(stream, subject, RETENTION, Duration.ofMinutes(2));
        this.jetStream = nats.connection().jetStream();
    }

    /** Announces changed examples to the other nodes (call after the change is committed). */
    void publish(List<Long> ids) {
        for (long id : ids) {
            Headers headers = new Headers().put(NODE, node);
            nats.connection().publish(NatsMessage.builder().subject(subject).headers(headers)
                    .data(Long.toString(id).getBytes(StandardCharsets.UTF_8)).build());
        }
    }

    /** The stream's last message now (0 when it never had one). */
    long last() {
        return state().getLastSequence();
    }

    /** Whether the stream still holds every message after {@code position}, so following from it misses none. */
    boolean holdsAfter(long position) {
        StreamState state = state();
        long first = state.getMsgCount() == 0 ? state.getLastSequence() + 1 : state.getFirstSequence();
        return position >= first - 1 && position <= state.getLastSequence();
    }

    private StreamState state() {
        try {
            return nats.connection().jetStreamManagement().getStreamInfo(stream).getStreamState();
        } catch (IOException | JetStreamApiException e) {
            throw new IllegalStateException("cannot read the JetStream stream " + stream + ": " + e.getMessage(), e);
        }
    }

    /**
     * Follows the stream from the message after {@code position}: {@code applied} receives each message's position
     * (own messages too), then {@code apply} each other node's changed example. An ordered consumer: the client
     * re-creates it after a broker restart from the last message it delivered, in order, with none skipped.
     */
    synchronized void follow(long position, Consumer<Long> apply, Applied applied) {
        dispatcher = nats.connection().createDispatcher();
        ConsumerConfiguration from = ConsumerConfiguration.builder()
                .deliverPolicy(DeliverPolicy.ByStartSequence).startSequence(position + 1).build();
        try {
            subscription = jetStream.subscribe(subject, dispatcher, message -> received(message, apply, applied),
                    false, PushSubscribeOptions.builder().stream(stream).ordered(true).configuration(from).build());
        } catch (IOException | JetStreamApiException e) {
            throw new IllegalStateException("cannot follow the library change feed: " + e.getMessage(), e);
        }
    }

    /** Where the feed has got to; {@code own} when the message was this node's, so the index already has it. */
    interface Applied {
        void at(long position, boolean own);
    }

    private void received(Message message, Consumer<Long> apply, Applied applied) {
        long position = message.metaData().streamSequence();
        boolean own = message.hasHeaders() && node.equals(message.getHeaders().getFirst(NODE));
        applied.at(position, own);
        try {
            if (!own) {
                apply.accept(Long.parseLong(new String(message.getData(), StandardCharsets.UTF_8)));
            }
        } catch (RuntimeException e) {
            LOG.error("Applying library change feed message {} failed; the next change to it or a rebuild mends it",
                    position, e);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (subscription != null && dispatcher != null && nats.connection().getStatus()
                == io.nats.client.Connection.Status.CONNECTED) {
            dispatcher.unsubscribe(subscription);
        }
    }
}
