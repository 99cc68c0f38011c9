package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;

/** One answer row ready to insert: a chosen option, a number or a free text (packed on its response, texts as rows). */
record AnswerRow(String questionKey, @Nullable String optionKey, int seq, @Nullable Double number,
                 @Nullable String text) {
}
