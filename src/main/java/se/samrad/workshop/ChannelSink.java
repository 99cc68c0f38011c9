package se.samrad.workshop;

import io.micronaut.http.server.netty.websocket.NettyServerWebSocketHandler;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.web.StrictUtf8;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes a connection's frames straight to its Netty channel, on the channel's event loop: frames are written
 * without a promise each and flushed once per turn, and the channel's writability (its outbound buffer under
 * the high-water mark) says when to stop and, through a handler near the head of the pipeline, when to go on.
 * A frame shared by many connections is encoded once and then only wrapped, not copied or encoded again. Closing goes through the
 * Micronaut session, so its close handshake and {@code @OnClose} run as usual.
 */
final class ChannelSink implements ConnectionSink {

    /** The name of Micronaut's WebSocket handler in the pipeline. */
    private static final String MICRONAUT_HANDLER = NettyServerWebSocketHandler.ID;

    /** Micronaut's idle timeout, which has to see every write (else a listener who never sends times out). */
    private static final String IDLE_HANDLER = "idle-state";

    private final Channel channel;
    private final WebSocketSession session;
    /** Where shared frames enter the pipeline: behind the frame encoders, ahead of the idle timeout. */
    private final ChannelHandlerContext frames;
    private volatile Runnable resume = () -> { };
    /** A frame went through the whole pipeline since the last flush (read and written on the event loop only). */
    private boolean throughPipeline;

    ChannelSink(Channel channel, WebSocketSession session) {
        this.channel = channel;
        this.session = session;
        ChannelInboundHandlerAdapter handler = new ChannelInboundHandlerAdapter() {
            @Override
            public void channelWritabilityChanged(ChannelHandlerContext ctx) {
                if (ctx.channel().isWritable()) {
                    resume.run();
                }
                ctx.fireChannelWritabilityChanged();
            }
        };
        if (channel.pipeline().get(IDLE_HANDLER) != null) {
            channel.pipeline().addAfter(IDLE_HANDLER, "samrad-frames", handler);
        } else {
            channel.pipeline().addFirst("samrad-frames", handler);
        }
        this.frames = channel.pipeline().context(handler);
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
        this.resume = resume;
    }

    @Override
    public void write(String frame) {
        throughPipeline = true;
        channel.write(new TextWebSocketFrame(frame), channel.voidPromise());
    }

    /**
     * A shared frame goes out as the bytes of a whole WebSocket frame, made once for every connection (a server's
     * frames are not masked, so they are the same for all), past the frame encoders: it enters the pipeline
     * behind them, so it does not walk the handlers Micronaut put there. Where the client agreed to
     * permessage-deflate this is an uncompressed message, which the extension allows (RFC 7692, 6). Everything
     * here runs on the event loop, so it keeps its order with frames written through the whole pipeline.
     */
    @Override
    public void write(Outbound.Frame frame) {
        ByteBuf wire = frame.encoded(ChannelSink::wire);
        frames.write(wire.duplicate(), channel.voidPromise());
    }

    /**
     * A final text frame, unmasked: FIN and opcode 1, the payload length (7, 16 or 64 bits), the payload. It is
     * one direct buffer (the JDK frees its memory once it is no longer reachable), which a release does not
     * free: each connection writes a duplicate of it, a view with its own read position and no copy, and the
     * transport's release of that view leaves it as it is for the next connection.
     */
    static ByteBuf wire(byte[] payload) {
        int n = payload.length;
        ByteBuffer wire = ByteBuffer.allocateDirect((n < 126 ? 2 : n < 65536 ? 4 : 10) + n);
        wire.put((byte) 0x81);
        if (n < 126) {
            wire.put((byte) n);
        } else if (n < 65536) {
            wire.put((byte) 126).putShort((short) n);
        } else {
            wire.put((byte) 127).putLong(n);
        }
        wire.put(payload).flip();
        return Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(wire));
    }

    /**
     * Sends what was written. When only shared frames were written, which entered the pipeline behind the
     * handlers nearer its tail, the flush starts there too: walking the whole pipeline for each connection of
     * a batch cost the fan-out a few per cent of its CPU.
     */
    @Override
    public void flush() {
        if (throughPipeline) {
            throughPipeline = false;
            channel.flush();
        } else {
            frames.flush();
        }
    }

    /**
     * A message the client sent: its text, and the key of the refusal it gets unread (null when it is to be read
     * as an input). {@code text} is then a lenient decoding, only to find the client id to name in the refusal.
     */
    record Heard(String text, String refusal) {
    }

    /** The longest message taken (an input is a short JSON object); a longer one is refused. */
    static final int MAX_MESSAGE = 64 * 1024;

    /**
     * Hands the client's messages to {@code inbound} on the event loop, in the order they arrived. Micronaut
     * would call {@code @OnMessage} on the blocking executor (the server's thread selection is BLOCKING, and
     * then {@code @NonBlocking} does not count), a task per frame, so two frames sent back to back could be
     * heard in the wrong order; and it would read text that is not UTF-8 with U+FFFD in its place, and a
     * binary frame as text. Here a text frame must be well-formed UTF-8 ({@link StrictUtf8}, as for the JSON
     * API) and a binary message is refused; a message split into fragments is put together first. Clients
     * send inputs only after {@code ready}, which comes after this is in place.
     */
    void hear(Consumer<Heard> inbound) {
        ChannelInboundHandlerAdapter handler = new ChannelInboundHandlerAdapter() {
            private final Assembler assembler = new Assembler();

            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof TextWebSocketFrame || msg instanceof BinaryWebSocketFrame
                        || msg instanceof ContinuationWebSocketFrame) {
                    WebSocketFrame frame = (WebSocketFrame) msg;
                    try {
                        Heard heard = assembler.add(frame);
                        if (heard != null) {
                            inbound.accept(heard);
                        }
                    } finally {
                        frame.release();
                    }
                } else {
                    ctx.fireChannelRead(msg);
                }
            }
        };
        // @OnOpen runs on the blocking executor while the event loop may still be putting Micronaut's handler
        // in the pipeline (it does so right after calling for @OnOpen): the handler goes in on the event loop,
        // after that task, so it is always there, and before the replay and its "ready" (queued after this).
        channel.eventLoop().execute(() -> {
            if (channel.pipeline().get(MICRONAUT_HANDLER) != null) {
                channel.pipeline().addBefore(MICRONAUT_HANDLER, "samrad-inbound", handler);
            } else if (channel.isActive()) {
                channel.pipeline().addLast("samrad-inbound", handler);
            }
        });
    }

    /** Puts a message's frames together (Netty's decoder has checked that they come in a valid sequence). */
    static final class Assembler {
        private ByteArrayOutputStream parts;
        private boolean binary;
        private boolean tooLong;

        /** The whole message once its last frame is here, else null. */
        Heard add(WebSocketFrame frame) {
            ByteBuf content = frame.content();
            if (!(frame instanceof ContinuationWebSocketFrame)) {
                binary = frame instanceof BinaryWebSocketFrame;
                tooLong = content.readableBytes() > MAX_MESSAGE;
                if (frame.isFinalFragment()) {
                    return heard(content);
                }
                parts = new ByteArrayOutputStream();
            } else if (parts == null) {
                return null;
            } else {
                tooLong |= parts.size() + content.readableBytes() > MAX_MESSAGE;
            }
            if (!tooLong) {
                parts.writeBytes(ByteBufUtil.getBytes(content));
            }
            if (!frame.isFinalFragment()) {
                return null;
            }
            byte[] whole = parts.toByteArray();
            parts = null;
            return heard(Unpooled.wrappedBuffer(whole));
        }

        private Heard heard(ByteBuf message) {
            if (tooLong) {
                return new Heard("", "form.error.too-long");
            }
            String lenient = message.toString(StandardCharsets.UTF_8);
            if (binary) {
                return new Heard(lenient, "workshop.error.invalid");
            }
            try {
                return new Heard(StrictUtf8.decode(message.nioBuffer()), null);
            } catch (InvalidRequestException e) {
                return new Heard(lenient, e.messageKey());
            }
        }
    }

    @Override
    public void close(int code, String reason) {
        if (session.isOpen()) {
            session.close(new CloseReason(code, reason));
        }
    }
}
