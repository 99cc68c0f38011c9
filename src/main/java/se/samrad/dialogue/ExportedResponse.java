package se.samrad.dialogue;

import java.time.Instant;
import java.util.List;

/** One submitted response with all its answer rows, for exports. */
record ExportedResponse(long id, String lang, Instant submittedAt, List<AnswerRow> answers) {
}
