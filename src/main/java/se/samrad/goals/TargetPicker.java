package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.platform.web.Forms;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model behind {@code views/goals/picker.ftl}, the target picker that dialogue, workshop, library and
 * assessment screens share: every pickable target as an ordinary checkbox, grouped by framework and goal,
 * filtered by a search in the reader's language. Without JavaScript the search is a submit button and the
 * page filters on the server ({@link #model}); with it, {@code target-picker.js} filters as the user types.
 * Filtered-out options stay in the form (hidden), so a search never loses what was chosen.
 */
@Singleton
public class TargetPicker {

    /** The picker's fields are {@code <name>} (chosen ids), {@code <name>-q} (search) and {@code <name>-search}. */
    public static final String QUERY_SUFFIX = "-q";
    public static final String SEARCH_SUFFIX = "-search";

    public record Model(String name, String query, int matches, int selectedCount, List<Group> frameworks) {
    }

    public record Group(String key, Text name, List<GoalGroup> goals) {
    }

    /** A goal with its targets; a goal without targets ({@code leaf}) is itself the one option. */
    public record GoalGroup(long id, String code, Text label, String colourClass, boolean leaf, boolean open,
                            boolean hidden, int selectedCount, List<Option> options) {
    }

    public record Option(long id, String code, Text label, String search, boolean selected, boolean hidden) {
    }

    /** The picker over {@code frameworks}, with {@code selected} ticked and {@code query} applied. */
    public Model model(String name, String lang, List<Framework> frameworks, Collection<Long> selected,
                       @Nullable String query) {
        List<String> words = TargetSearch.words(query);
        int matches = 0;
        int selectedCount = 0;
        List<Group> groups = new java.util.ArrayList<>();
        for (Framework framework : frameworks) {
            List<GoalGroup> goals = new java.util.ArrayList<>();
            for (GoalElement goal : framework.goals()) {
                List<Option> options = goal.leaves().stream().map(e -> new Option(e.id(), e.code(), e.label(lang),
                        TargetSearch.normalise(e.searchText(lang)), selected.contains(e.id()),
                        !TargetSearch.matches(e, lang, words))).toList();
                int visible = (int) options.stream().filter(o -> !o.hidden()).count();
                int chosen = (int) options.stream().filter(Option::selected).count();
                matches += visible;
                selectedCount += chosen;
                goals.add(new GoalGroup(goal.id(), goal.code(), goal.label(lang), goal.colourClass(),
                        goal.children().isEmpty(), chosen > 0 || (!words.isEmpty() && visible > 0), visible == 0,
                        chosen, options));
            }
            groups.add(new Group(framework.key(), framework.name(lang), goals));
        }
        return new Model(name, query == null ? "" : query.strip(), matches, selectedCount, groups);
    }

    /** The chosen element ids in a submitted form; anything that is not an id is ignored. */
    public static Set<Long> selected(Map<String, Object> form, String name) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : Forms.values(form, name)) {
            try {
                ids.add(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                // a tampered value chooses nothing
            }
        }
        return ids;
    }

    /** Whether the form was sent with the picker's search button (no JavaScript) rather than to be saved. */
    public static boolean isSearch(Map<String, Object> form, String name) {
        return Forms.value(form, name + SEARCH_SUFFIX) != null;
    }
}
