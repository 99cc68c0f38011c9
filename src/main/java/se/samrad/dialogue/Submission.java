package se.samrad.dialogue;

/** Where a complete response was stored, and whether this request stored it (false: it was stored before). */
record Submission(long responseId, boolean stored) {
}
