package se.samrad.workshop;

import io.micronaut.http.server.netty.websocket.NettyServerWebSocketHandler;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes a connection's frames straight to its Netty channel, on the channel's event loop: frames are written
 * without a promise each and flushed once per turn, and the channel's writability (its outbound buffer under
 * the high-water mark) says when to stop and, through a handler at the head of the pipeline, when to go on.
 * A frame shared by many connections is wrapped, not copied or encoded again. Closing goes through the
 * Micronaut session, so its close handshake and {@code @OnClose} run as usual.
 */
final class ChannelSink implements Connection.Sink {

    /** The name of Micronaut's WebSocket handler in the pipeline. */
    private static final String MICRONAUT_HANDLER = NettyServerWebSocketHandler.ID;

    private final Channel channel;
    private final WebSocketSession session;

    ChannelSink(Channel channel, WebSocketSession session) {
        this.channel = channel;
        this.session = session;
    }

    @Override
    public Executor writer() {
        return channel.eventLoop();
    }

    @Override
    public boolean writable() {
        return channel.isActive() && channel.isWritable();
    }

    @Override
    public void onWritable(Runnable resume) {
        channel.pipeline().addFirst("samrad-writability", new ChannelInboundHandlerAdapter() {
            @Override
            public void channelWritabilityChanged(ChannelHandlerContext ctx) {
                if (ctx.channel().isWritable()) {
                    resume.run();
                }
                ctx.fireChannelWritabilityChanged();
            }
        });
    }

    @Override
    public void write(String frame) {
        channel.write(new TextWebSocketFrame(frame), channel.voidPromise());
    }

    @Override
    public void write(byte[] frame) {
        channel.write(new TextWebSocketFrame(Unpooled.wrappedBuffer(frame)), channel.voidPromise());
    }

    @Override
    public void flush() {
        channel.flush();
    }

    /**
     * Hands the client's text frames to {@code inbound} on the event loop, in the order they arrived. Micronaut
     * would call {@code @OnMessage} on the blocking executor (the server's thread selection is BLOCKING, and
     * then {@code @NonBlocking} does not count), a task per frame, so two frames sent back to back could be
     * heard in the wrong order. A message split into fragments is left to Micronaut; clients send inputs only
     * after {@code ready}, which comes after this is in place.
     */
    void hear(Consumer<String> inbound) {
        ChannelInboundHandlerAdapter handler = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof TextWebSocketFrame text && text.isFinalFragment()) {
                    try {
                        inbound.accept(text.text());
                    } finally {
                        text.release();
                    }
                } else {
                    ctx.fireChannelRead(msg);
                }
            }
        };
        if (channel.pipeline().get(MICRONAUT_HANDLER) != null) {
            channel.pipeline().addBefore(MICRONAUT_HANDLER, "samrad-inbound", handler);
        }
    }

    @Override
    public void close(int code, String reason) {
        if (session.isOpen()) {
            session.close(new CloseReason(code, reason));
        }
    }
}
