package se.samrad.dialogue;

import io.micronaut.http.HttpResponse;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.security.CurrentUser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How the question editor changes a questionnaire's shape (moves, replacements, deletions) and the checks that keep
 * its conditions sound: a condition may only refer to an earlier question, and only to values it can take.
 * Shared by the section and question pages.
 */
final class QuestionnaireEdits {

    private QuestionnaireEdits() {
    }

    /** Applies a move, unless it would leave a condition referring to a later question; a move that changes nothing is not saved. */
    static HttpResponse<?> applyMove(Dialogues dialogues, CurrentUser user, Dialogue dialogue,
                                     UnaryOperator<Questionnaire> move, String anchor) {
        Questionnaire moved = move.apply(dialogue.questionnaire());
        if (brokenConditions(moved)) {
            return HttpResponse.seeOther(URI.create("/dialogues/" + dialogue.id()
                    + "/questions?problem=dialogue.staff.error.move-condition"));
        }
        if (!moved.equals(dialogue.questionnaire())) {
            dialogues.changeQuestions(user, dialogue.id(), move);
        }
        return HttpResponse.seeOther(URI.create("/dialogues/" + dialogue.id() + "/questions?done=moved#" + anchor));
    }

    /** The way back to the list with a problem explained ({@code ?problem=}). */
    static HttpResponse<?> problem(long dialogueId, String key) {
        return HttpResponse.seeOther(URI.create("/dialogues/" + dialogueId + "/questions?problem=" + key));
    }

    static Questionnaire moveQuestion(Questionnaire questionnaire, String key, int delta) {
        List<Section> sections = new ArrayList<>(questionnaire.sections());
        for (int s = 0; s < sections.size(); s++) {
            List<Question> list = new ArrayList<>(sections.get(s).questions());
            int index = indexOf(list, key);
            if (index < 0) {
                continue;
            }
            int to = index + delta;
            if (to >= 0 && to < list.size()) {
                sections.set(s, sections.get(s).withQuestions(Questionnaire.move(list, index, delta)));
            } else if (s + delta >= 0 && s + delta < sections.size()) {
                Question moving = list.remove(index);
                sections.set(s, sections.get(s).withQuestions(list));
                List<Question> next = new ArrayList<>(sections.get(s + delta).questions());
                next.add(delta < 0 ? next.size() : 0, moving);
                sections.set(s + delta, sections.get(s + delta).withQuestions(next));
            }
            return new Questionnaire(sections);
        }
        return questionnaire;
    }

    /** Whether any condition (of a question or a section) refers to a question that is not before it. */
    static boolean brokenConditions(Questionnaire questionnaire) {
        List<String> seen = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            if (section.showIf() != null && !validRef(questionnaire, seen, section.showIf())) {
                return true;
            }
            for (Question q : section.questions()) {
                if (q.showIf() != null && !validRef(questionnaire, seen, q.showIf())) {
                    return true;
                }
                seen.add(q.key());
            }
        }
        return false;
    }

    private static boolean validRef(Questionnaire questionnaire, List<String> seen, Condition condition) {
        return seen.contains(condition.question()) && questionnaire.question(condition.question())
                .map(q -> q.allowedValues().containsAll(condition.options())).orElse(false);
    }

    static boolean usedInCondition(Questionnaire questionnaire, String questionKey) {
        return questionnaire.sections().stream().anyMatch(s -> s.showIf() != null
                && s.showIf().question().equals(questionKey) || s.questions().stream()
                .anyMatch(q -> q.showIf() != null && q.showIf().question().equals(questionKey)));
    }

    static Questionnaire replace(Questionnaire questionnaire, Question question) {
        return new Questionnaire(questionnaire.sections().stream().map(s -> s.withQuestions(s.questions().stream()
                .map(q -> q.key().equals(question.key()) ? question : q).toList())).toList());
    }

    static Questionnaire withoutQuestion(Questionnaire questionnaire, String key) {
        return new Questionnaire(questionnaire.sections().stream().map(s -> s.withQuestions(s.questions().stream()
                .filter(q -> !q.key().equals(key)).toList())).toList());
    }

    private static int indexOf(List<Question> questions, String key) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** The questions a new question at the end of {@code sectionKey} may depend on. */
    static List<Question> questionsUpTo(Dialogue dialogue, String sectionKey) {
        List<Question> list = new ArrayList<>();
        for (Section s : dialogue.questionnaire().sections()) {
            list.addAll(s.questions());
            if (s.key().equals(sectionKey)) {
                break;
            }
        }
        return list;
    }

    static List<Question> questionsBeforeSection(Dialogue dialogue, String sectionKey) {
        List<Question> list = new ArrayList<>();
        for (Section s : dialogue.questionnaire().sections()) {
            if (s.key().equals(sectionKey)) {
                break;
            }
            list.addAll(s.questions());
        }
        return list;
    }

    /** Earlier questions a condition can use (those with options or a scale), for the "show only if" boxes. */
    static List<Question> conditionable(List<Question> questions) {
        return questions.stream().filter(q -> !q.allowedValues().isEmpty()).toList();
    }

    static Section section(Dialogue dialogue, String key) {
        return dialogue.questionnaire().section(key).orElseThrow(() -> new NotFoundException("section"));
    }

    static Question question(Dialogue dialogue, String key) {
        return dialogue.questionnaire().question(key).orElseThrow(() -> new NotFoundException("question"));
    }
}
