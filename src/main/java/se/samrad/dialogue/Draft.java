package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * A response in progress as stored: the answers so far and the key of the section the resident was on when
 * they last saved ({@code at}), so that "Continue later" reopens there. Drafts stored before {@code at} existed
 * read with it null.
 */
@Serdeable
record Draft(Map<String, List<String>> values, Map<String, String> other, @Nullable String at) {

    static Draft of(Answers answers, @Nullable String at) {
        return new Draft(answers.values(), answers.other(), at);
    }

    Answers answers() {
        return new Answers(values, other);
    }
}
