package se.samrad.platform.web;

import se.samrad.platform.InvalidRequestException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text a client sent, read as UTF-8 and refused when it is not: the rule of the JSON API (whose parser refuses
 * malformed UTF-8 with 400), for the places that read a body or a frame as text themselves. A lenient decoding
 * would store U+FFFD where the client's bytes were, which nobody typed.
 */
public final class StrictUtf8 {

    /** The refusal's message key, the same as the JSON API's for a body it cannot read. */
    public static final String ERROR = "error.bad-request";

    private StrictUtf8() {
    }

    public static String decode(byte[] bytes) {
        return decode(ByteBuffer.wrap(bytes));
    }

    /** The text; {@link InvalidRequestException} (400) when the bytes are not well-formed UTF-8. */
    public static String decode(ByteBuffer bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException(ERROR);
        }
    }
}
