package se.samrad.dialogue;

/** Where a dialogue is in its life: being written, taking answers, done, or put away. */
public enum DialogueState {
    DRAFT, OPEN, CLOSED, ARCHIVED
}
