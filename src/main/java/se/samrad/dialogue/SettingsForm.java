package se.samrad.dialogue;

import java.util.List;
import java.util.Map;

/**
 * A dialogue's settings form as typed (public for the templates): texts per field and language, the offered
 * languages, opening and closing time as the date-time fields send them, and the two switches.
 */
public record SettingsForm(Map<String, Map<String, String>> texts, List<String> languages, String opensAt,
                           String closesAt, boolean anonymous, boolean requiresCode) {
}
