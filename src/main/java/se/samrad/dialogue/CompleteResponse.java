package se.samrad.dialogue;

import java.time.Instant;
import java.util.List;

/** A complete response sent in one request (the JSON API), keyed by the client's id. */
record CompleteResponse(long dialogueId, long versionId, String clientKey, String lang, List<AnswerRow> rows,
                        Groups groups, Instant at) {
}
