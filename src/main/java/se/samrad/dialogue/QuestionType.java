package se.samrad.dialogue;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of question a dialogue can ask. */
public enum QuestionType {
    /** One option (radio buttons). */
    SINGLE,
    /** Any number of options, optionally "other, please specify". */
    MULTIPLE,
    /** A number on a scale, e.g. 1–5 with labelled ends. */
    RATING,
    /** Agreement with a statement on five steps (Likert), labels from the message bundles. */
    AGREEMENT,
    /** The options put in order. */
    RANKING,
    SHORT_TEXT,
    LONG_TEXT,
    NUMBER,
    /** "Which goals matter most to you": options are goal-catalogue elements, shown with their icons. */
    TARGETS;

    private static final Set<QuestionType> CHOICES = EnumSet.of(SINGLE, MULTIPLE, RANKING, TARGETS);
    private static final Set<QuestionType> TEXTS = EnumSet.of(SHORT_TEXT, LONG_TEXT);

    /** Whether the organiser writes options for this type. */
    public boolean hasOptions() {
        return CHOICES.contains(this) && this != TARGETS;
    }

    public boolean isText() {
        return TEXTS.contains(this);
    }

    /** Whether answers are values on a numeric scale (averages make sense). */
    public boolean isScale() {
        return this == RATING || this == AGREEMENT;
    }

    /** Whether a resident may pick several values. */
    public boolean isMultiple() {
        return this == MULTIPLE || this == TARGETS;
    }
}
