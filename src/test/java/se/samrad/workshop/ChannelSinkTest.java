package se.samrad.workshop;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocket13FrameDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketDecoderConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bytes of a shared frame, as a client's WebSocket decoder reads them. */
class ChannelSinkTest {

    @Test
    void aSharedFrameIsOneFinalTextFrameWhateverItsLength() {
        for (int length : new int[] {0, 1, 125, 126, 300, 65535, 65536, 200_000}) {
            String text = "[" + "å".repeat(length / 2) + "x".repeat(length % 2) + "]";
            EmbeddedChannel client = new EmbeddedChannel(new WebSocket13FrameDecoder(WebSocketDecoderConfig.newBuilder()
                    .expectMaskedFrames(false).maxFramePayloadLength(1 << 20).build()));
            // twice from the same encoding, as two connections would send it
            Connection.Frame frame = new Connection.Frame(text.getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2; i++) {
                client.writeInbound(Unpooled.wrappedBuffer(frame.encoded(ChannelSink::wire).duplicate()));
                TextWebSocketFrame read = client.readInbound();
                assertTrue(read.isFinalFragment());
                assertEquals(text, read.text(), "length " + length);
                read.release();
            }
            client.finishAndReleaseAll();
        }
    }
}
