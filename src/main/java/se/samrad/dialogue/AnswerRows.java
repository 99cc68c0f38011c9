package se.samrad.dialogue;

import java.util.ArrayList;
import java.util.List;

/** Turns a resident's answers into the rows results are counted from, and picks out their groups. */
final class AnswerRows {

    private AnswerRows() {
    }

    /** Rows for the questions the resident saw, one per chosen option, value or text. */
    static List<AnswerRow> of(Questionnaire questionnaire, Answers answers) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Question q : questionnaire.visibleQuestions(answers)) {
            List<String> values = answers.values(q.key());
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                rows.add(switch (q.type()) {
                    case SHORT_TEXT, LONG_TEXT -> new AnswerRow(q.key(), null, i, null, value);
                    case NUMBER -> new AnswerRow(q.key(), null, i, number(value), null);
                    case RATING, AGREEMENT -> new AnswerRow(q.key(), value, i, number(value), null);
                    case RANKING -> new AnswerRow(q.key(), value, i, (double) (i + 1), null);
                    default -> new AnswerRow(q.key(), value, i, null,
                            Option.OTHER.equals(value) ? answers.other(q.key()) : null);
                });
            }
        }
        return rows;
    }

    static Groups groups(Questionnaire questionnaire, Answers answers) {
        String[] groups = new String[Demographic.values().length];
        for (Question q : questionnaire.visibleQuestions(answers)) {
            if (q.demographic() != null && answers.has(q.key())) {
                groups[q.demographic().ordinal()] = answers.first(q.key());
            }
        }
        return new Groups(groups[Demographic.DISTRICT.ordinal()], groups[Demographic.AGE_BAND.ordinal()],
                groups[Demographic.GENDER.ordinal()], groups[Demographic.HOME_LANGUAGE.ordinal()]);
    }

    private static Double number(String value) {
        java.math.BigDecimal number = AnswerForm.parseNumber(value);
        return number == null ? null : number.doubleValue();
    }
}
