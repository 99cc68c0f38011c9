package se.samrad.library;

import io.micronaut.serde.annotation.Serdeable;

/** What an example says in one language. */
@Serdeable
public record ExampleTexts(String title, String summary, String problem, String actions, String results,
                           String lessons) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 2000;
    public static final int MAX_TEXT = 20_000;

    /** Every text field with its name, in form order. */
    public static final java.util.List<String> FIELDS =
            java.util.List.of("title", "summary", "problem", "actions", "results", "lessons");

    public String get(String field) {
        return switch (field) {
            case "title" -> title;
            case "summary" -> summary;
            case "problem" -> problem;
            case "actions" -> actions;
            case "results" -> results;
            case "lessons" -> lessons;
            default -> throw new IllegalArgumentException(field);
        };
    }

    public static ExampleTexts of(java.util.function.Function<String, String> field) {
        return new ExampleTexts(nz(field.apply("title")), nz(field.apply("summary")), nz(field.apply("problem")),
                nz(field.apply("actions")), nz(field.apply("results")), nz(field.apply("lessons")));
    }

    public boolean isBlank() {
        return FIELDS.stream().allMatch(f -> get(f).isBlank());
    }

    /** All of it as one text, for the search index and similar-example matching. */
    String body() {
        return String.join("\n", summary, problem, actions, results, lessons);
    }

    private static String nz(String value) {
        return value == null ? "" : value.strip();
    }
}
