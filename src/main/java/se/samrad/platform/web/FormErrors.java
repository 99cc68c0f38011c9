package se.samrad.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Errors of a submitted form, by field name, as message keys. The page shows them in a summary that links to
 * each field and beside the field itself; the form re-renders with what the user typed.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    public FormErrors require(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "form.error.required");
        }
        return this;
    }

    public FormErrors maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "form.error.too-long");
        }
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** Field name to message key, in the order the errors were found (for the template). */
    public Map<String, String> getFields() {
        return byField;
    }
}
