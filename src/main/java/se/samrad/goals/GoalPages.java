package se.samrad.goals;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the goal pages: the catalogue overview, a framework, a goal or target. Shared by the browsing
 * controller and the editing one, which re-renders the same page with the user's input and errors.
 */
@Singleton
class GoalPages {

    /** The picker field on the mapping form. */
    static final String PICKER = "targets";
    private static final Set<String> DONE = Set.of("saved", "added", "deleted", "removed");

    private final GoalCatalogue catalogue;
    private final OwnGoals ownGoals;
    private final TargetPicker picker;
    private final List<TargetLinkSource> linkSources;
    private final Views views;
    private final Messages messages;

    GoalPages(GoalCatalogue catalogue, OwnGoals ownGoals, TargetPicker picker, List<TargetLinkSource> linkSources,
              Views views, Messages messages) {
        this.catalogue = catalogue;
        this.ownGoals = ownGoals;
        this.picker = picker;
        this.linkSources = linkSources;
        this.views = views;
        this.messages = messages;
    }

    List<String> languageCodes() {
        return messages.languages().stream().map(l -> l.code()).toList();
    }

    HttpResponse<String> overview(HttpRequest<?> request, @Nullable CurrentUser user) {
        Map<String, Object> model = new HashMap<>();
        model.put("agenda", catalogue.agenda2030());
        model.put("others", catalogue.builtIn().stream().filter(f -> !f.key().equals(Framework.AGENDA_2030)).toList());
        model.put("owned", catalogue.owned(user == null ? null : user.organisationId()));
        model.put("signedIn", user != null && user.organisationId() != null);
        return views.page(request, "goals/index", model);
    }

    HttpResponse<String> framework(HttpRequest<?> request, HttpStatus status, @Nullable CurrentUser user, String key,
                                   Map<String, Object> form) {
        Framework framework = catalogue.framework(key, organisation(user));
        Map<String, Object> model = new HashMap<>();
        model.put("framework", framework);
        model.put("canEdit", framework.isOwned() && OwnGoals.canEdit(user));
        model.put("errors", new FormErrors());
        model.put("names", framework.names());
        model.put("descriptions", framework.descriptions());
        model.put("newTitles", Map.of());
        model.put("newDescriptions", Map.of());
        model.put("newCode", "");
        model.put("newParent", "");
        if (framework.isOwned()) {
            Map<String, Integer> counts = new HashMap<>();
            ownGoals.all(framework.organisationId())
                    .forEach(m -> counts.merge(String.valueOf(m.source().id()), 1, Integer::sum));
            model.put("mappingCounts", counts);
        } else {
            model.put("mappingCounts", Map.of());
        }
        model.put("doneKey", doneKey(request));
        model.putAll(form);
        return views.page(request, status, "goals/framework", model);
    }

    HttpResponse<String> element(HttpRequest<?> request, HttpStatus status, @Nullable CurrentUser user, String key,
                                 String code, Map<String, Object> form) {
        Long organisationId = organisation(user);
        Framework framework = catalogue.framework(key, organisationId);
        GoalElement element = framework.element(code).orElseThrow(() -> new se.samrad.platform.NotFoundException("goal"));
        String lang = views.language(request).code();
        Map<String, Object> model = new HashMap<>();
        model.put("framework", framework);
        model.put("element", element);
        model.put("goal", framework.goalOf(element));
        model.put("canEdit", framework.isOwned() && OwnGoals.canEdit(user));
        model.put("errors", new FormErrors());
        if (framework.isOwned()) {
            model.put("mappings", ownGoals.mappingsFrom(element, framework.organisationId()));
            model.put("titles", titles(element));
            model.put("descriptions", descriptions(element));
            model.put("code", element.code());
            model.put("note", "");
            model.put("picker", picker.model(PICKER, lang, catalogue.builtIn(), Set.of(), ""));
        } else {
            List<Map<String, Object>> groups = new ArrayList<>();
            for (TargetLinkSource source : linkSources) {
                List<TargetLinkSource.TargetLink> links = source.linksTo(element, user, lang);
                if (!links.isEmpty()) {
                    groups.add(Map.of("heading", source.headingKey(), "links", links));
                }
            }
            model.put("linkGroups", groups);
        }
        model.put("doneKey", doneKey(request));
        model.putAll(form);
        return views.page(request, status, "goals/element", model);
    }

    /** The notice after a redirect ({@code ?done=saved}); only known values, so a link cannot inject text. */
    private static String doneKey(HttpRequest<?> request) {
        String done = request.getParameters().get("done", String.class, "");
        if (DONE.contains(done)) {
            return "goals.done." + done;
        }
        int added = request.getParameters().get("added", Integer.class, -1);
        return added == 0 ? "goals.done.none-added" : added > 0 ? "goals.done.mapped" : "";
    }

    private static Map<String, String> titles(GoalElement element) {
        Map<String, String> titles = new HashMap<>();
        element.texts().forEach((lang, text) -> titles.put(lang, text.title()));
        return titles;
    }

    private static Map<String, String> descriptions(GoalElement element) {
        Map<String, String> descriptions = new HashMap<>();
        element.texts().forEach((lang, text) -> descriptions.put(lang, text.description()));
        return descriptions;
    }

    @Nullable
    static Long organisation(@Nullable CurrentUser user) {
        return user == null ? null : user.organisationId();
    }
}
