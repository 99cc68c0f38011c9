package se.samrad.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One participant's WebSocket in the workshop benchmark: a plain Netty client on the load's event loops, so that
 * 3,000 of them cost the shared cores little. It waits for the server's {@code {"ready":true}} before it sends,
 * checks every event's sequence number (one it already had is a duplicate, one that skips numbers is a gap), and
 * records each submission of someone else's reaching it, and its own acknowledgements, in the load's figures.
 * Dropped, it reconnects after 200 ms asking for the events after the last one it saw.
 */
final class WorkshopParticipant extends SimpleChannelInboundHandler<TextWebSocketFrame> {

    private final WorkshopLoad load;
    private final WorkshopTarget.Session session;
    private final String token;
    /** The last event's sequence number; read and written on this participant's event loop only. */
    private volatile long lastSeq;
    private volatile Channel channel;
    private volatile boolean ready;
    private final CompletableFuture<Void> firstReady = new CompletableFuture<>();

    WorkshopParticipant(WorkshopLoad load, WorkshopTarget.Session session, String token) {
        this.load = load;
        this.session = session;
        this.token = token;
        this.lastSeq = session.after();
    }

    WorkshopTarget.Session session() {
        return session;
    }

    /** Opens the socket; completes once the server first said it is ready to hear inputs. */
    CompletableFuture<Void> connect() {
        URI uri = load.target().socket(session, lastSeq);
        DefaultHttpHeaders headers = new DefaultHttpHeaders();
        String cookie = load.target().cookie(token);
        if (cookie != null) {
            headers.add(HttpHeaderNames.COOKIE, cookie);
        }
        WebSocketClientProtocolConfig config = WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(uri)
                .customHeaders(headers)
                .maxFramePayloadLength(64 * 1024 * 1024)
                .withUTF8Validator(false)
                .handshakeTimeoutMillis(30_000)
                .build();
        WorkshopParticipant self = this;
        new Bootstrap().group(load.loops()).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 30_000)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(1 << 16),
                                new WebSocketClientProtocolHandler(config),
                                new WebSocketFrameAggregator(64 * 1024 * 1024), self);
                    }
                })
                .connect(uri.getHost(), uri.getPort())
                .addListener((ChannelFutureListener) f -> {
                    if (f.isSuccess()) {
                        channel = f.channel();
                    } else {
                        retry();
                    }
                });
        return firstReady;
    }

    private void retry() {
        ready = false;
        channel = null;
        if (!load.closing()) {
            load.reconnects.incrementAndGet();
            load.loops().schedule(this::connect, 200, TimeUnit.MILLISECONDS);
        }
    }

    void send(String message) {
        Channel ch = channel;
        if (ch == null || !ready) {
            load.sendErrors.incrementAndGet();
            return;
        }
        ch.writeAndFlush(new TextWebSocketFrame(message)).addListener(f -> {
            if (!f.isSuccess()) {
                load.sendErrors.incrementAndGet();
            }
        });
    }

    @Override
    public boolean isSharable() {
        return true;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame frame) {
        long now = System.nanoTime();
        load.frames.increment();
        ByteBuf content = frame.content();
        byte[] bytes;
        int from;
        if (content.hasArray()) {
            bytes = content.array();
            from = content.arrayOffset() + content.readerIndex();
        } else {
            bytes = ByteBufUtil.getBytes(content);
            from = 0;
        }
        for (WorkshopFrames.Part part : load.frameReader().parts(bytes, from, from + content.readableBytes())) {
            apply(part, now);
        }
    }

    /** One object of a frame (ready, an acknowledgement, a refusal or an event) as this participant sees it. */
    private void apply(WorkshopFrames.Part part, long now) {
        WorkshopLoad.Submission s = load.submission(part.number());
        switch (part.kind()) {
            case READY -> {
                ready = true;
                firstReady.complete(null);
            }
            case ACKNOWLEDGED -> {
                if (s != null) {
                    s.acknowledged().incrementAndGet();
                    if (s.measured()) {
                        load.acknowledged(now - s.sentNanos());
                    }
                }
            }
            case REFUSED -> {
                if (s != null) {
                    s.refusals().incrementAndGet();
                }
                load.refused.incrementAndGet();
            }
            case EVENT -> {
                long seq = part.seq();
                if (seq <= lastSeq) {
                    load.duplicates.incrementAndGet();
                    return;
                }
                if (seq > lastSeq + 1) {
                    load.gaps.addAndGet(seq - lastSeq - 1);
                }
                lastSeq = seq;
                if (s != null && s.sender() != this) {
                    s.deliveries().incrementAndGet();
                    if (s.measured()) {
                        load.delivered(now - s.sentNanos());
                    }
                }
            }
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        retry();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    void close() {
        Channel ch = channel;
        if (ch != null) {
            ch.close();
        }
    }
}
