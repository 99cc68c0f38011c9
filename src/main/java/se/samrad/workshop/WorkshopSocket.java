package se.samrad.workshop;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import jakarta.inject.Named;
import se.samrad.platform.web.Drain;
import org.slf4j.Logger;
import se.samrad.platform.NotFoundException;
import org.slf4j.LoggerFactory;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;

/**
 * The live channel of a workshop: {@code /w/<code>/ws?after=<last seq seen>}. The server replays what the
 * client missed and then streams events as JSON arrays; a participant sends inputs as
 * {@code {"clientId","type","activity","data"}} and gets {@code {"ack":clientId,"seq":n}} once the input is
 * stored (or {@code {"nack":clientId,"error":key}}, with {@code "retry":true} when it is to be sent again
 * later: the server had no room for it). A frame that is not a JSON object, text that is not UTF-8 and a
 * binary message are refused the same way (not closed with 1003: the page would only reconnect) and the
 * socket goes on. A connection's inputs are heard on its event loop and
 * stored one after another in the order they were sent, off the event loop; inputs that arrive before the
 * connection is set up wait for it. Frames to the client are written by {@link ChannelSink}.
 */
@ServerWebSocket("/w/{code}/ws")
@Secured(SecurityRule.IS_ANONYMOUS)
class WorkshopSocket {

    private static final Logger LOG = LoggerFactory.getLogger(WorkshopSocket.class);

    private final WorkshopService workshops;
    private final Viewers viewers;
    private final ConnectionHub hub;
    private final LiveInput input;
    private final ExecutorService executor;
    private final ConcurrentMap<String, Channel> channels = new ConcurrentHashMap<>();

    /** Inputs of one connection that may wait to be stored; more are refused with "slow down". */
    static final int INBOX = 1000;

    private final Drain drain;

    WorkshopSocket(WorkshopService workshops, Viewers viewers, ConnectionHub hub, LiveInput input,
                   @Named(TaskExecutors.BLOCKING) ExecutorService executor, Drain drain) {
        this.drain = drain;
        this.workshops = workshops;
        this.viewers = viewers;
        this.hub = hub;
        this.input = input;
        this.executor = executor;
    }

    /**
     * One socket's connection and its inputs waiting to be stored, in order. Every input gets one answer: an
     * input beyond the {@value #INBOX} that may wait is refused at once with a retryable "slow down" (the page
     * script sends it again a little later, with the same client id), and one that cannot be read is refused.
     */
    private final class Channel {
        private final ArrayDeque<ChannelSink.Heard> inbox = new ArrayDeque<>();
        private final WebSocketSession session;
        private Connection connection;
        private Viewers.Viewer viewer;
        private boolean running;
        private boolean closed;

        Channel(WebSocketSession session) {
            this.session = session;
        }

        synchronized void attach(Connection connection, Viewers.Viewer viewer) {
            this.connection = connection;
            this.viewer = viewer;
            schedule();
        }

        void receive(ChannelSink.Heard heard) {
            Connection answerer;
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (inbox.size() < INBOX) {
                    inbox.add(heard);
                    schedule();
                    return;
                }
                answerer = connection;
            }
            if (answerer == null) {
                // inputs before ready break the protocol, and there is nowhere to answer them yet
                session.close(CloseReason.POLICY_VIOLATION);
            } else if (viewer.participant() != null) {
                answerer.offerControl(input.slowDown(input.clientId(heard.text())));
            }
        }

        synchronized void close() {
            closed = true;
            inbox.clear();
        }

        private void schedule() {
            if (!running && connection != null && !inbox.isEmpty() && !closed) {
                running = true;
                executor.execute(this::work);
            }
        }

        private void work() {
            while (true) {
                ChannelSink.Heard heard;
                synchronized (this) {
                    heard = inbox.poll();
                    if (heard == null || closed) {
                        running = false;
                        return;
                    }
                }
                if (viewer.participant() != null) {
                    connection.offerControl(answer(heard));
                }
            }
        }

        /**
         * The answer to one input. A failure nobody foresaw (the database gone for a moment) is answered with a
         * refusal the client may retry, so it can never leave this connection's later inputs waiting forever.
         */
        private String answer(ChannelSink.Heard heard) {
            if (heard.refusal() != null) {
                return input.refused(input.clientId(heard.text()), heard.refusal());
            }
            Optional<Map<String, Object>> parsed = input.parse(heard.text());
            if (parsed.isEmpty()) {
                return input.refused(null, "workshop.error.invalid");
            }
            try {
                return input.handle(viewer, parsed.get());
            } catch (RuntimeException e) {
                LOG.warn("A workshop input could not be stored", e);
                return input.failed(parsed.get().get("clientId"));
            }
        }
    }

    private Channel channel(WebSocketSession session) {
        return channels.computeIfAbsent(session.getId(), id -> new Channel(session));
    }

    @OnOpen
    void open(String code, WebSocketSession session, HttpRequest<?> request) {
        if (drain.draining()) {
            // Accepted just before the balancer saw this node go: the client reconnects to another node at once.
            channels.remove(session.getId());
            session.close(new CloseReason(ConnectionHub.CLOSE_GOING_AWAY, "node stopping"));
            return;
        }
        Optional<Viewers.Viewer> viewer;
        try {
            viewer = viewers.of(request, workshops.byCode(code));
        } catch (NotFoundException e) {
            viewer = Optional.empty();
        } catch (RuntimeException e) {
            // not the client's fault: it reconnects (1011 is not one of the codes that make it give up)
            LOG.warn("A workshop connection could not be opened", e);
            channels.remove(session.getId());
            session.close(CloseReason.INTERNAL_ERROR);
            return;
        }
        if (viewer.isEmpty() || (viewer.get().participant() != null && input.isRemoved(viewer.get()))) {
            channels.remove(session.getId());
            session.close(new CloseReason(4004, "unknown"));
            return;
        }
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            LOG.warn("A workshop connection without its Netty channel: {}", request.getClass());
            channels.remove(session.getId());
            session.close(CloseReason.INTERNAL_ERROR);
            return;
        }
        long after = request.getParameters().getFirst("after", Long.class).orElse(0L);
        ChannelSink sink = new ChannelSink(netty.getChannelHandlerContext().channel(), session);
        Channel channel = channel(session);
        sink.hear(channel::receive);
        Connection connection = hub.connect(viewer.get().workshop().id(), viewer.get().id(), sink, after);
        channel.attach(connection, viewer.get());
    }

    /**
     * Nothing arrives here while {@link ChannelSink#hear} takes the client's messages off the channel (all of
     * them, in order, fragments put together); this is only for a pipeline without Micronaut's usual handler.
     */
    @OnMessage
    void message(String code, String message, WebSocketSession session) {
        channel(session).receive(new ChannelSink.Heard(message, null));
    }

    @OnClose
    void close(WebSocketSession session) {
        Channel channel = channels.remove(session.getId());
        if (channel != null) {
            channel.close();
            if (channel.connection != null) {
                hub.disconnect(channel.connection);
            }
        }
    }
}
