package se.samrad.dialogue;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Show a question or section only when the answer to an earlier question includes one of these options. */
@Serdeable
public record Condition(String question, List<String> options) {

    public Condition {
        options = Copies.list(options);
    }

    boolean holds(Answers answers) {
        return answers.values(question).stream().anyMatch(options::contains);
    }
}
