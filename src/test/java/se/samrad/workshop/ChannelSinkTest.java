package se.samrad.workshop;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameEncoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import io.netty.handler.timeout.IdleStateHandler;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bytes of a shared frame, as a client's WebSocket decoder reads them, and what a flush sends. */
class ChannelSinkTest {

    @Test
    void aSharedFrameIsOneFinalTextFrameWhateverItsLength() {
        for (int length : new int[] {0, 1, 125, 126, 300, 65535, 65536, 200_000}) {
            String text = "[" + "å".repeat(length / 2) + "x".repeat(length % 2) + "]";
            EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                    .expectMaskedFrames(false).maxFramePayloadLength(1 << 20).build()));
            // twice from the same encoding, as two connections would send it
            Outbound.Frame frame = new Outbound.Frame(text.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2; i++) {
                client.writeInbound(frame.encoded(ChannelSink::wire).duplicate());
                TextWebSocketFrame read = client.readInbound();
                assertTrue(read.isFinalFragment());
                assertEquals(text, read.text(), "length " + length);
                read.release();
            }
            client.finishAndReleaseAll();
        }
    }

    /**
     * A flush after shared frames only starts behind the encoders, one after a frame written through the whole
     * pipeline starts at its tail: either way everything written goes out, in the order written.
     */
    @Test
    void everyFlushSendsWhatWasWrittenInOrder() {
        EmbeddedChannel server = new EmbeddedChannel();
        server.pipeline().addLast("idle-state", new IdleStateHandler(0, 0, 60));
        server.pipeline().addLast("encoder", new WebSocket13FrameEncoder(false));
        ChannelSink sink = new ChannelSink(server, null);
        Outbound.Frame shared = new Outbound.Frame("[{\"seq\":1}]".getBytes(StandardCharsets.UTF_8));

        sink.write(shared);
        sink.flush();
        assertEquals(List.of("[{\"seq\":1}]"), sent(server));

        sink.write("[{\"ack\":\"c1\"}]");
        sink.write(shared);
        sink.flush();
        assertEquals(List.of("[{\"ack\":\"c1\"}]", "[{\"seq\":1}]"), sent(server));

        sink.write(shared);
        sink.write("[{\"ack\":\"c2\"}]");
        sink.flush();
        assertEquals(List.of("[{\"seq\":1}]", "[{\"ack\":\"c2\"}]"), sent(server));
        server.finishAndReleaseAll();
    }

    /** The text frames the server side has sent so far, as a client reads them. */
    private static List<String> sent(EmbeddedChannel server) {
        EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                .expectMaskedFrames(false).build()));
        for (ByteBuf out; (out = server.readOutbound()) != null; ) {
            client.writeInbound(out);
        }
        List<String> texts = new ArrayList<>();
        for (TextWebSocketFrame read; (read = client.readInbound()) != null; ) {
            texts.add(read.text());
            read.release();
        }
        client.finishAndReleaseAll();
        return texts;
    }
}
