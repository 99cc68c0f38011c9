package se.samrad.dialogue;

import java.util.List;

/** A stored response's answer rows, to insert (its free texts) and to add to the running totals. */
record AnsweredResponse(long dialogueId, long responseId, String lang, Groups groups, List<AnswerRow> rows) {
}
