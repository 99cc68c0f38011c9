package se.samrad.dialogue;

import se.samrad.platform.i18n.Digits;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a page of a resident's answers from a posted form and checks them. Field names: {@code q-<key>} for
 * the value(s), {@code q-<key>-other} for "other, please specify", {@code q-<key>-rank-<option>} for the rank of
 * each option in a ranking. What was sent is kept as sent, valid or not, so a page with errors shows it again.
 */
final class AnswerForm {

    private AnswerForm() {
    }

    static String field(Question q) {
        return "q-" + q.key();
    }

    /** What a page's form held: the answers, and the rankings in which two options were given the same rank. */
    record Reading(Answers answers, Set<String> tiedRankings) {
    }

    static Reading read(Map<String, Object> form, List<Question> questions) {
        Set<String> tied = new HashSet<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, String> other = new HashMap<>();
        for (Question q : questions) {
            List<String> sent;
            if (q.type() == QuestionType.RANKING) {
                sent = ranked(form, q);
                if (hasTies(form, q)) {
                    tied.add(q.key());
                }
            } else {
                sent = cleaned(Forms.values(form, field(q)));
            }
            if (!sent.isEmpty()) {
                values.put(q.key(), sent);
            }
            String specify = Forms.value(form, field(q) + "-other");
            if (specify != null && !specify.isBlank()) {
                other.put(q.key(), normalise(specify));
            }
        }
        return new Reading(new Answers(values, other), tied);
    }

    private static boolean hasTies(Map<String, Object> form, Question q) {
        Set<String> seen = new HashSet<>();
        for (Option option : q.options()) {
            String rank = Forms.value(form, field(q) + "-rank-" + option.key());
            if (rank != null && !rank.isBlank() && !seen.add(rank.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Options in rank order; ranks left empty are unranked, an option with a rank that is not a number is kept last. */
    private static List<String> ranked(Map<String, Object> form, Question q) {
        TreeMap<Integer, List<String>> byRank = new TreeMap<>();
        for (Option option : q.options()) {
            String rank = Forms.value(form, field(q) + "-rank-" + option.key());
            if (rank == null || rank.isBlank()) {
                continue;
            }
            int position;
            try {
                position = Integer.parseInt(rank.strip());
            } catch (NumberFormatException e) {
                position = Integer.MAX_VALUE;
            }
            byRank.computeIfAbsent(position, k -> new ArrayList<>()).add(option.key());
        }
        List<String> order = new ArrayList<>();
        byRank.values().forEach(order::addAll);
        return order;
    }

    private static List<String> cleaned(List<String> sent) {
        List<String> kept = new ArrayList<>();
        for (String value : sent) {
            String normal = normalise(value);
            if (!normal.isBlank()) {
                kept.add(normal);
            }
        }
        return kept;
    }

    /** Text as typed, but with line breaks unified and surrounding blanks trimmed; escaping happens on output. */
    static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The ranks a ranking's options had in the form (option key to rank as typed), to show them again. */
    static Map<String, String> ranks(Answers answers, Question q) {
        Map<String, String> ranks = new HashMap<>();
        List<String> order = answers.values(q.key());
        for (int i = 0; i < order.size(); i++) {
            ranks.put(order.get(i), String.valueOf(i + 1));
        }
        return ranks;
    }

    static FormErrors validate(List<Question> questions, Reading reading) {
        Answers answers = reading.answers();
        FormErrors errors = new FormErrors();
        for (Question q : questions) {
            String error = reading.tiedRankings().contains(q.key()) ? "dialogue.error.rank-duplicate"
                    : check(q, answers.values(q.key()), answers);
            if (error != null) {
                errors.add(field(q) + (error.equals("dialogue.error.other-missing") ? "-other" : ""), error);
            }
        }
        return errors;
    }

    /** The message key of what is wrong with one question's answer, or null. */
    static String check(Question q, List<String> values, Answers answers) {
        if (values.isEmpty()) {
            return q.required() ? "dialogue.error.required" : null;
        }
        return switch (q.type()) {
            case SHORT_TEXT -> tooLong(values, Question.MAX_SHORT_TEXT_LENGTH);
            case LONG_TEXT -> tooLong(values, Question.MAX_TEXT_LENGTH);
            case NUMBER -> number(q, values);
            case RANKING -> ranking(q, values);
            default -> choice(q, values, answers);
        };
    }

    private static String tooLong(List<String> values, int max) {
        return values.size() > 1 ? "dialogue.error.invalid-choice"
                : values.get(0).length() > max ? "dialogue.error.too-long" : null;
    }

    private static String number(Question q, List<String> values) {
        BigDecimal number = parseNumber(values.get(0));
        if (values.size() > 1 || number == null) {
            return "dialogue.error.not-a-number";
        }
        if (q.min() != null && number.compareTo(BigDecimal.valueOf(q.min())) < 0
                || q.max() != null && number.compareTo(BigDecimal.valueOf(q.max())) > 0) {
            return "dialogue.error.out-of-range";
        }
        return null;
    }

    /**
     * A number as people type it: a decimal comma or point, spaces between thousands, a Unicode minus; and from a
     * Persian or Arabic keyboard, Persian or Arabic-Indic digits with the Arabic decimal and thousands separators.
     */
    static BigDecimal parseNumber(String text) {
        BigDecimal number = Digits.decimal(text);
        // at most 12 digits before the decimal point and 6 after it
        return number == null || number.scale() > 6 || number.precision() - number.scale() > 12 ? null : number;
    }

    private static String ranking(Question q, List<String> values) {
        Set<String> allowed = new HashSet<>(q.allowedValues());
        return allowed.containsAll(values) && values.size() == new HashSet<>(values).size() ? null
                : "dialogue.error.invalid-choice";
    }

    private static String choice(Question q, List<String> values, Answers answers) {
        Set<String> allowed = new HashSet<>(q.allowedValues());
        if (!allowed.containsAll(values) || values.size() != new HashSet<>(values).size()) {
            return "dialogue.error.invalid-choice";
        }
        if (!q.type().isMultiple() && values.size() > 1) {
            return "dialogue.error.invalid-choice";
        }
        if (q.maxChoices() != null && values.size() > q.maxChoices()) {
            return "dialogue.error.too-many-choices";
        }
        if (q.other() && values.contains(Option.OTHER)) {
            String specify = answers.other(q.key());
            if (specify.isBlank()) {
                return "dialogue.error.other-missing";
            }
            if (specify.length() > Question.MAX_SHORT_TEXT_LENGTH) {
                return "dialogue.error.too-long";
            }
        }
        return null;
    }
}
