package se.samrad.dialogue;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A dialogue's sections and questions as one version holds them. Immutable; edits return a new one. */
@Serdeable
public record Questionnaire(List<Section> sections) {

    public static final Questionnaire EMPTY = new Questionnaire(List.of());

    public Questionnaire {
        sections = Copies.list(sections);
    }

    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String key) {
        return questions().stream().filter(q -> q.key().equals(key)).findFirst();
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Optional<Section> sectionOf(String questionKey) {
        return sections.stream().filter(s -> s.questions().stream().anyMatch(q -> q.key().equals(questionKey)))
                .findFirst();
    }

    /** The sections a resident with these answers sees, in order. */
    public List<Section> visibleSections(Answers answers) {
        return sections.stream().filter(s -> s.visible(answers) && s.questions().stream().anyMatch(q -> q.visible(answers)))
                .toList();
    }

    /**
     * How many pages a resident on {@code current} is told there are ("Page 2 of 4"): the visible sections and
     * every later section whose condition is still open (on a question of this page or a later one, not yet
     * answered). The total never grows when a conditional section comes into play, and the page number steps
     * by one.
     */
    public int pagesInPlay(Answers answers, Section current) {
        int at = sections.indexOf(current);
        int count = 0;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            boolean shown = s.visible(answers) && s.questions().stream().anyMatch(q -> q.visible(answers));
            if (shown || (i > at && stillOpen(s.showIf(), answers, at))) {
                count++;
            }
        }
        return count;
    }

    private boolean stillOpen(Condition condition, Answers answers, int from) {
        if (condition == null || answers.has(condition.question())) {
            return false;
        }
        return sections.subList(Math.max(from, 0), sections.size()).stream()
                .anyMatch(s -> s.questions().stream().anyMatch(q -> q.key().equals(condition.question())));
    }

    /** The questions a resident with these answers sees: in a visible section, their own condition met. */
    public List<Question> visibleQuestions(Answers answers) {
        return visibleSections(answers).stream().flatMap(s -> s.questions().stream()).filter(q -> q.visible(answers))
                .toList();
    }

    /** Questions before {@code key} (in order), which a condition on {@code key} may refer to. */
    public List<Question> questionsBefore(String key) {
        List<Question> before = new ArrayList<>();
        for (Question q : questions()) {
            if (q.key().equals(key)) {
                break;
            }
            before.add(q);
        }
        return before;
    }

    Questionnaire withSection(Section section) {
        List<Section> list = new ArrayList<>(sections);
        int index = indexOfSection(section.key());
        if (index < 0) {
            list.add(section);
        } else {
            list.set(index, section);
        }
        return new Questionnaire(list);
    }

    Questionnaire withoutSection(String sectionKey) {
        return new Questionnaire(sections.stream().filter(s -> !s.key().equals(sectionKey)).toList());
    }

    Questionnaire mapSection(String sectionKey, UnaryOperator<Section> change) {
        return new Questionnaire(sections.stream().map(s -> s.key().equals(sectionKey) ? change.apply(s) : s).toList());
    }

    Questionnaire moveSection(String sectionKey, int delta) {
        return new Questionnaire(move(sections, indexOfSection(sectionKey), delta));
    }

    int indexOfSection(String sectionKey) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).key().equals(sectionKey)) {
                return i;
            }
        }
        return -1;
    }

    static <T> List<T> move(List<T> list, int index, int delta) {
        List<T> copy = new ArrayList<>(list);
        int to = index + delta;
        if (index >= 0 && to >= 0 && to < copy.size()) {
            copy.add(to, copy.remove(index));
        }
        return copy;
    }
}
