package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import se.samrad.platform.i18n.Digits;
import se.samrad.platform.web.FormErrors;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The population shares form: per demographic question, each option's share of the population in per cent, in
 * fields {@code share-<demographic>-<option>} (as {@link PopulationController#populationField} names them).
 */
@Introspected
record PopulationCommand(Map<String, String> share) {

    /**
     * The shares of the given demographic questions: each a percentage from 0 to 100 (a comma or a per cent sign
     * allowed), a question's together at most 100 (with room for rounding); a blank option is left out. Refusals
     * go to {@code errors}, and every value as typed to {@code typed}, by field.
     */
    Map<Demographic, Map<String, Double>> shares(List<Question> questions, FormErrors errors,
                                                 Map<String, String> typed) {
        Map<Demographic, Map<String, Double>> shares = new EnumMap<>(Demographic.class);
        for (Question q : questions) {
            double sum = 0;
            String first = null;
            for (Option option : q.options()) {
                String field = PopulationController.populationField(q.demographic(), option.key());
                first = first == null ? field : first;
                String value = share.getOrDefault(field.substring("share-".length()), "");
                typed.put(field, value);
                if (value.isEmpty()) {
                    continue;
                }
                BigDecimal number = Digits.decimal(value.replace("%", ""));
                if (number == null) {
                    errors.add(field, "dialogue.staff.population.error.number");
                } else if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
                    errors.add(field, "dialogue.staff.population.error.range");
                } else {
                    double percent = number.doubleValue();
                    sum += percent;
                    shares.computeIfAbsent(q.demographic(), d -> new LinkedHashMap<>()).put(option.key(), percent);
                }
            }
            if (sum > 100.5 && first != null) {
                errors.add(first, "dialogue.staff.population.error.sum");
            }
        }
        return shares;
    }
}
