package se.samrad.dialogue;

/**
 * The background questions an organiser may ask (bakgrundsfrågor). Answers to a question marked with one are
 * kept on the response row (and copied onto its free-text rows), so every result can be filtered by group and
 * compared with the population.
 */
public enum Demographic {
    AGE_BAND, GENDER, DISTRICT, HOME_LANGUAGE
}
