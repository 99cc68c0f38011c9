package se.samrad.stakeholder;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import se.samrad.platform.web.FormErrors;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a form's command record against its constraints and returns the errors by field, as message keys (each
 * constraint's message is a bundle key), in the order the fields come in the record, so the error summary
 * follows the form; then the checks across fields ({@link CrossChecked}).
 */
@Singleton
class CommandValidator {

    private final Validator validator;

    CommandValidator(Validator validator) {
        this.validator = validator;
    }

    FormErrors validate(Record command) {
        List<String> order = Arrays.stream(command.getClass().getRecordComponents()).map(c -> c.getName()).toList();
        FormErrors found = new FormErrors();
        validator.validate(command).forEach(v -> found.add(field(v), v.getMessageTemplate()));
        if (command instanceof CrossChecked checked) {
            checked.check(found);
        }
        FormErrors errors = new FormErrors();
        found.getFields().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> position(order, e.getKey())))
                .forEach(e -> errors.add(e.getKey(), e.getValue()));
        return errors;
    }

    private static int position(List<String> order, String field) {
        int index = order.indexOf(field);
        return index < 0 ? order.size() : index;
    }

    private static String field(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
