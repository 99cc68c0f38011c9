package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import se.samrad.goals.Dimension;
import se.samrad.goals.GoalElement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A good-practice example (gott exempel) as pages, the API and the search index read it: what was done and
 * achieved, by whom, tagged with goal targets, with indicators and attachments.
 */
public record Example(long id, long organisationId, String organisationName, ExampleStatus status,
                      Visibility visibility, @Nullable Long networkId, @Nullable String networkName, String lang,
                      ExampleKind kind, String municipality, String region, @Nullable Integer yearFrom,
                      @Nullable Integer yearTo, String costs, String contact, Set<Dimension> dimensions,
                      List<String> tags, List<String> links, Map<String, ExampleTexts> texts,
                      List<GoalElement> targets, List<IndicatorRow> indicators, List<Attachment> attachments,
                      String reviewNote, Instant createdAt, Instant updatedAt, @Nullable Instant publishedAt,
                      int revision) {

    /** Texts in one language and the language they are really in. */
    public record Localised(ExampleTexts texts, String lang) {
    }

    /** The texts in {@code lang}, else in the language it was written in, else Swedish, else English. */
    public Localised in(String lang) {
        for (String candidate : List.of(lang, this.lang, "sv", "en")) {
            ExampleTexts t = texts.get(candidate);
            if (t != null && !t.title().isBlank()) {
                return new Localised(t, candidate);
            }
        }
        Map.Entry<String, ExampleTexts> any = texts.entrySet().iterator().next();
        return new Localised(any.getValue(), any.getKey());
    }

    public String title() {
        return in(lang).texts().title();
    }

    public boolean isPublished() {
        return status == ExampleStatus.PUBLISHED;
    }

    /** The dimensions chosen by the author and those of the goals of its targets, in their fixed order. */
    public List<Dimension> allDimensions() {
        java.util.EnumSet<Dimension> all = dimensions.isEmpty() ? java.util.EnumSet.noneOf(Dimension.class)
                : java.util.EnumSet.copyOf(dimensions);
        targets.forEach(t -> all.addAll(t.dimensions()));
        return new ArrayList<>(all);
    }

    /** The period as written: "2021–2023", "2021", or empty. */
    public String period() {
        if (yearFrom == null && yearTo == null) {
            return "";
        }
        if (yearFrom == null || yearTo == null || yearFrom.equals(yearTo)) {
            return String.valueOf(yearFrom == null ? yearTo : yearFrom);
        }
        return yearFrom + "–" + yearTo;
    }
}
