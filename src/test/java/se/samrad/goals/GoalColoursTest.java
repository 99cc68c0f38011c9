package se.samrad.goals;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stylesheet's goal colours are the catalogue's, and the text written on each reaches WCAG's 4.5:1, so a
 * tile stays readable whatever its colour.
 */
class GoalColoursTest {

    private static final Pattern RULE = Pattern.compile(
            "\\.sdg-(\\d+) \\{ --goal: (#[0-9A-Fa-f]{6}); --on-goal: (#[0-9a-fA-F]{3,6}); }");
    private static final Pattern GOAL = Pattern.compile(
            "\"code\": \"(\\d+)\",\\s*\"colour\": \"(#[0-9A-F]{6})\"");

    @Test
    void everyGoalHasItsColourAndReadableText() throws IOException {
        String css = Files.readString(Path.of("frontend/css/samrad.css"));
        String catalogue = Files.readString(Path.of("src/main/resources/goals/frameworks/agenda2030.json"));
        java.util.Map<String, String> colours = new java.util.HashMap<>();
        Matcher goals = GOAL.matcher(catalogue);
        while (goals.find()) {
            colours.put(goals.group(1), goals.group(2));
        }
        assertEquals(17, colours.size());
        Matcher rules = RULE.matcher(css);
        int found = 0;
        while (rules.find()) {
            found++;
            assertEquals(colours.get(rules.group(1)), rules.group(2).toUpperCase(), "colour of goal " + rules.group(1));
            double ratio = contrast(rules.group(2), rules.group(3));
            assertTrue(ratio >= 4.5, "goal " + rules.group(1) + " text contrast " + ratio);
        }
        assertEquals(17, found);
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(h.substring(i * 2, i * 2 + 2), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
