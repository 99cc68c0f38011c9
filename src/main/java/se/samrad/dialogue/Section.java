package se.samrad.dialogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** A page of a dialogue: a title, an introduction and its questions, optionally shown only on a condition. */
@Serdeable
public record Section(String key, Map<String, String> title, Map<String, String> intro,
                      @Nullable Condition showIf, List<Question> questions) {

    public Section {
        title = Copies.map(title);
        intro = Copies.map(intro);
        questions = Copies.list(questions);
    }

    public boolean visible(Answers answers) {
        return showIf == null || showIf.holds(answers);
    }

    Section withQuestions(List<Question> newQuestions) {
        return new Section(key, title, intro, showIf, newQuestions);
    }
}
