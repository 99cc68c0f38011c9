package se.samrad.dialogue;

/**
 * The background questions an organiser may ask (bakgrundsfrågor). Answers to a question marked with one are
 * copied onto every answer row, so every result can be filtered by group and compared with the population.
 */
public enum Demographic {
    AGE_BAND, GENDER, DISTRICT, HOME_LANGUAGE
}
