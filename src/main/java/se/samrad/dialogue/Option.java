package se.samrad.dialogue;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** A choice in a question, with its text per language and the goal elements (catalogue ids) it is tagged with. */
@Serdeable
public record Option(String key, Map<String, String> text, List<Long> targets) {

    public static final String OTHER = "other";

    public Option {
        text = Copies.map(text);
        targets = Copies.list(targets);
    }
}
