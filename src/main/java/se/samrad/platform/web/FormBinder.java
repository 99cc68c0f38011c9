package se.samrad.platform.web;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a submitted form (bound as {@code @Body Map<String, Object>}, which keeps every value of a field sent
 * several times) into a command record and checks its constraints. A command is an {@code @Introspected} record
 * whose components carry jakarta.validation constraints with message bundle keys as messages
 * ({@code @NotBlank(message = "form.error.required")}); constraints left with their default messages get the
 * usual keys ({@code form.error.required}, {@code form.error.too-long} ...). Components read:
 * <ul>
 *   <li>a list or set: every value sent, blank ones left out;</li>
 *   <li>{@code Map<String, String>}: the fields {@code <name>-<suffix>} (a text in several languages, as the
 *   {@code translatedInput} macro sends it), suffix to trimmed text, blank ones left out;</li>
 *   <li>{@code boolean}: a ticked checkbox (sent, and not {@code false});</li>
 *   <li>anything else: the first value, trimmed, converted (a blank one is {@code null}); a value that does not
 *   convert (a number field with letters, an unknown choice) is an error on that field.</li>
 * </ul>
 * The form's raw values stay the caller's, to re-render what was typed.
 */
@Singleton
public class FormBinder {

    private final ConversionService conversion;
    private final Validator validator;

    public FormBinder(ConversionService conversion, Validator validator) {
        this.conversion = conversion;
        this.validator = validator;
    }

    /** A bound command and its errors by field (empty when it may be acted on). */
    public record Bound<T>(T command, FormErrors errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public <T> Bound<T> bind(Map<String, Object> form, Class<T> type) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection(type);
        Argument<?>[] arguments = introspection.getConstructorArguments();
        Object[] values = new Object[arguments.length];
        FormErrors errors = new FormErrors();
        for (int i = 0; i < arguments.length; i++) {
            Argument<?> argument = arguments[i];
            String field = argument.getAnnotationMetadata().stringValue(FormField.class).orElse(argument.getName());
            values[i] = read(form, field, argument, errors);
        }
        // Not strict about nulls: a missing required value is the constraints' to report, not an exception.
        T command = introspection.instantiate(false, values);
        validate(command).getFields().forEach(errors::add);
        return new Bound<>(command, errors);
    }

    /**
     * The command's errors by field, as message keys, in the order of the record's components (so the error
     * summary follows the form): its constraints first, then the checks across fields ({@link CrossChecked}).
     */
    public FormErrors validate(Object command) {
        FormErrors found = new FormErrors();
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            found.add(lastNode(violation.getPropertyPath()), messageKey(violation));
        }
        if (command instanceof CrossChecked checked) {
            checked.check(found);
        }
        List<String> order = command instanceof Record ? java.util.Arrays.stream(command.getClass()
                .getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList() : List.of();
        FormErrors errors = new FormErrors();
        found.getFields().entrySet().stream()
                .sorted(java.util.Comparator.comparingInt(e -> position(order, e.getKey())))
                .forEach(e -> errors.add(fieldName(command, e.getKey()), e.getValue()));
        return errors;
    }

    /**
     * Where an error's field stands among the record's components: its own, or for a field of a text in several
     * languages ({@code title-sv}) that of its component ({@code title}); the rest after them.
     */
    private static int position(List<String> order, String field) {
        int own = order.indexOf(field);
        if (own >= 0) {
            return own;
        }
        int dash = field.indexOf('-');
        int component = dash > 0 ? order.indexOf(field.substring(0, dash)) : -1;
        return component >= 0 ? component : order.size();
    }

    /** The form field of a record component ({@link FormField}, else its own name). */
    private static String fieldName(Object command, String component) {
        if (command instanceof Record) {
            for (java.lang.reflect.RecordComponent c : command.getClass().getRecordComponents()) {
                if (c.getName().equals(component) && c.isAnnotationPresent(FormField.class)) {
                    return c.getAnnotation(FormField.class).value();
                }
            }
        }
        return component;
    }

    private Object read(Map<String, Object> form, String field, Argument<?> argument, FormErrors errors) {
        Class<?> type = argument.getType();
        if (Collection.class.isAssignableFrom(type)) {
            Class<?> element = argument.getFirstTypeVariable().<Class<?>>map(Argument::getType).orElse(String.class);
            List<?> all = Forms.values(form, field).stream().map(String::strip).filter(v -> !v.isEmpty())
                    .map(v -> convert(v, element).orElse(null)).filter(java.util.Objects::nonNull).toList();
            return Set.class.isAssignableFrom(type) ? new java.util.LinkedHashSet<>(all) : all;
        }
        if (Map.class.isAssignableFrom(type)) {
            return suffixed(form, field + "-");
        }
        if (type == boolean.class || type == Boolean.class) {
            String value = Forms.value(form, field);
            return value != null && !value.equals("false");
        }
        String value = Forms.value(form, field);
        value = value == null ? null : value.strip();
        if (value == null || value.isEmpty()) {
            return type.isPrimitive() ? conversion.convert(0, type).orElse(null) : null;
        }
        if (type == String.class) {
            return value;
        }
        Optional<?> converted = convert(value, type);
        if (converted.isEmpty()) {
            errors.add(field, type.isEnum() ? "form.error.choose" : "form.error.invalid");
            return type.isPrimitive() ? conversion.convert(0, type).orElse(null) : null;
        }
        return converted.get();
    }

    private Optional<?> convert(String value, Class<?> type) {
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value)) {
                    return Optional.of(constant);
                }
            }
            return Optional.empty();
        }
        try {
            return conversion.convert(value, type);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> suffixed(Map<String, Object> form, String prefix) {
        Map<String, String> texts = new LinkedHashMap<>();
        form.keySet().stream().filter(k -> k.startsWith(prefix) && k.length() > prefix.length()).sorted()
                .forEach(k -> {
                    String value = Forms.value(form, k);
                    if (value != null && !value.isBlank()) {
                        texts.put(k.substring(prefix.length()), value.strip());
                    }
                });
        return texts;
    }

    private static String lastNode(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    /** The constraint's own key where it names one, else the usual key for its kind of constraint. */
    private static String messageKey(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template != null && !template.startsWith("{") && !template.contains(" ")) {
            return template;
        }
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotBlank", "NotNull", "NotEmpty" -> "form.error.required";
            case "Size" -> "form.error.too-long";
            case "Email" -> "form.error.email";
            default -> "form.error.invalid";
        };
    }
}
