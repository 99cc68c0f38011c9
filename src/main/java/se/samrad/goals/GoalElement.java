package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A goal (level 1: SDG 1, a miljökvalitetsmål, a focus area) or a target under it (level 2: delmål 1.1, an
 * organisation's goal under a focus area). Immutable; the catalogue holds a snapshot.
 */
public record GoalElement(long id, String frameworkKey, @Nullable Long parentId, int level, String code, int position,
                          @Nullable String colour, Set<Dimension> dimensions, Map<String, ElementText> texts,
                          List<GoalElement> children) {

    /** Languages tried after the reader's own, in this order. */
    static final List<String> FALLBACK = List.of("sv", "en");

    public boolean isGoal() {
        return level == 1;
    }

    /** This element's targets, or the element itself for a goal without targets (a miljökvalitetsmål). */
    public List<GoalElement> leaves() {
        return children.isEmpty() ? List.of(this) : children;
    }

    /**
     * The short label in {@code lang}: our own short title, else an imported short name, else the imported
     * official title; failing all, the same in Swedish and then English.
     */
    public Text label(String lang) {
        for (String candidate : candidates(lang)) {
            ElementText text = texts.get(candidate);
            if (text == null) {
                continue;
            }
            if (!text.title().isEmpty()) {
                return new Text(text.title(), candidate);
            }
            if (!text.officialShort().isEmpty()) {
                return new Text(text.officialShort(), candidate);
            }
            if (text.officialTitle() != null && !text.officialTitle().isEmpty()) {
                return new Text(text.officialTitle(), candidate);
            }
        }
        return new Text(code, lang);
    }

    /** The imported official text in {@code lang}, else in English, else empty. */
    public Text officialTitle(String lang) {
        for (String candidate : List.of(lang, "en")) {
            ElementText text = texts.get(candidate);
            if (text != null && text.officialTitle() != null && !text.officialTitle().isEmpty()) {
                return new Text(text.officialTitle(), candidate);
            }
        }
        return new Text("", lang);
    }

    /** The owner's description in {@code lang}, falling back like {@link #label}. */
    public Text description(String lang) {
        for (String candidate : candidates(lang)) {
            ElementText text = texts.get(candidate);
            if (text != null && !text.description().isEmpty()) {
                return new Text(text.description(), candidate);
            }
        }
        return new Text("", lang);
    }

    /** The CSS class carrying an Agenda 2030 goal's colour (see samrad.css), empty elsewhere. */
    public String colourClass() {
        return frameworkKey.equals(Framework.AGENDA_2030) && colour != null ? "sdg-" + code : "";
    }

    /** The dimensions in their fixed order, for display. */
    public List<Dimension> dimensionList() {
        return dimensions.stream().sorted().toList();
    }

    /** Everything a search in {@code lang} looks at: the code, the label and the official text. */
    String searchText(String lang) {
        return code + ' ' + label(lang).value() + ' ' + officialTitle(lang).value();
    }

    static List<String> candidates(String lang) {
        List<String> candidates = new ArrayList<>(3);
        candidates.add(lang);
        FALLBACK.stream().filter(l -> !l.equals(lang)).forEach(candidates::add);
        return candidates;
    }
}
