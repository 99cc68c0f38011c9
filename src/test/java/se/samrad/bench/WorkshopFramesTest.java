package se.samrad.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The workshop benchmark's clients read Samråd's frames and the ws peer's alike. */
class WorkshopFramesTest {

    private static List<WorkshopFrames.Part> parse(String frame) {
        byte[] b = frame.getBytes(StandardCharsets.UTF_8);
        return WorkshopFrames.parse(b, 0, b.length);
    }

    @Test
    void samradsBatchFrameGivesEachEventAcknowledgementAndRefusal() {
        List<WorkshopFrames.Part> parts = parse("[{\"ack\":\"b12\"},{\"seq\":41,\"type\":\"IDEA\",\"clientId\":\"b12\","
                + "\"data\":{\"text\":\"Idé {med} \\\"klamrar\\\"\"}},{\"seq\":42,\"clientId\":\"someone-else\"},"
                + "{\"nack\":\"b13\",\"reason\":\"closed\"}]");
        assertEquals(List.of(
                new WorkshopFrames.Part(WorkshopFrames.Kind.ACKNOWLEDGED, -1, 12),
                new WorkshopFrames.Part(WorkshopFrames.Kind.EVENT, 41, 12),
                new WorkshopFrames.Part(WorkshopFrames.Kind.EVENT, 42, -1),
                new WorkshopFrames.Part(WorkshopFrames.Kind.REFUSED, -1, 13)), parts);
        assertEquals(List.of(new WorkshopFrames.Part(WorkshopFrames.Kind.READY, -1, -1)), parse("{\"ready\":true}"));
    }

    @Test
    void thePeersFrameIsAnEventWithTheRoomsSequenceAndTheInputAsSent() {
        assertEquals(List.of(new WorkshopFrames.Part(WorkshopFrames.Kind.EVENT, 7, 305)),
                parse("{\"seq\":7,\"input\":{\"clientId\":\"b305\",\"type\":\"VOTE\",\"activity\":0,"
                        + "\"data\":{\"options\":[2]}}}"));
    }

    @Test
    void aThreadReusesTheParsedPartsOfTheSameBytes() {
        WorkshopFrames frames = new WorkshopFrames();
        byte[] first = "xx{\"seq\":3,\"clientId\":\"b1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] again = "{\"seq\":3,\"clientId\":\"b1\"}".getBytes(StandardCharsets.UTF_8);
        List<WorkshopFrames.Part> parsed = frames.parts(first, 2, first.length);
        assertSame(parsed, frames.parts(again, 0, again.length));
    }
}
