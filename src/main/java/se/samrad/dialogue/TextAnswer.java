package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** A free-text answer (or an "other, please specify"), with the targets a moderator tagged it with. */
public record TextAnswer(long id, long responseId, String questionKey, @Nullable String optionKey, String text,
                         String lang, boolean hidden, List<Long> targets) {
}
