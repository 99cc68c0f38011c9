package se.samrad.dialogue;

import io.micronaut.serde.annotation.Serdeable;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one resident answered: per question key, the chosen option keys, scale value, number or text (ranked
 * options in rank order), and the "other, please specify" texts. Immutable.
 */
@Serdeable
public record Answers(Map<String, List<String>> values, Map<String, String> other) {

    public static final Answers NONE = new Answers(Map.of(), Map.of());

    public Answers {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Copies.map(values).forEach((k, v) -> copy.put(k, Copies.list(v)));
        values = java.util.Collections.unmodifiableMap(copy);
        other = Copies.map(other);
    }

    public List<String> values(String question) {
        return values.getOrDefault(question, List.of());
    }

    public String first(String question) {
        List<String> list = values(question);
        return list.isEmpty() ? "" : list.get(0);
    }

    public String other(String question) {
        return other.getOrDefault(question, "");
    }

    public boolean has(String question) {
        return !values(question).isEmpty();
    }

    /** These answers with {@code changes} laid over them (a page's answers replace that page's questions). */
    public Answers merge(Answers changes, List<Question> pageQuestions) {
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        Map<String, String> mergedOther = new HashMap<>(other);
        for (Question q : pageQuestions) {
            merged.remove(q.key());
            mergedOther.remove(q.key());
        }
        merged.putAll(changes.values);
        mergedOther.putAll(changes.other);
        return new Answers(merged, mergedOther);
    }

    /** Only the answers to questions this resident was shown (conditions decide). */
    public Answers onlyVisible(Questionnaire questionnaire) {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        Map<String, String> keptOther = new HashMap<>();
        for (Question q : questionnaire.visibleQuestions(this)) {
            if (has(q.key())) {
                kept.put(q.key(), values(q.key()));
            }
            if (other.containsKey(q.key()) && values(q.key()).contains(Option.OTHER)) {
                keptOther.put(q.key(), other.get(q.key()));
            }
        }
        return new Answers(kept, keptOther);
    }
}
