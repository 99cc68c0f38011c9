package se.samrad.dialogue;

import java.util.List;

/** A view's counts per question and option, and how many respondents it covers. */
record Counts(List<Tally> tallies, long respondents) {
}
