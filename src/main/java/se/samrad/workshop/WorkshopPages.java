package se.samrad.workshop;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.GoalElement;
import se.samrad.platform.web.PublicUrl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the facilitator's, the presenter's and the participants' pages share in their models. */
@Singleton
class WorkshopPages {

    private static final EventType.ForScript EVENT_TYPES = EventType.forScript();

    private final GoalCatalogue catalogue;
    private final WorkshopService workshops;
    private final PublicUrl publicUrl;

    WorkshopPages(GoalCatalogue catalogue, WorkshopService workshops, PublicUrl publicUrl) {
        this.catalogue = catalogue;
        this.workshops = workshops;
        this.publicUrl = publicUrl;
    }

    /** The goal elements of each SDG matrix and relevance scoring (by activity id), in the activity's order. */
    Map<String, List<GoalElement>> matrixTargets(Workshop workshop, Snapshot snapshot) {
        Map<String, List<GoalElement>> targets = new HashMap<>();
        for (ActivityView view : snapshot.activities()) {
            if (view.activity().kind() == ActivityKind.SDG_MATRIX || view.activity().kind() == ActivityKind.RELEVANCE) {
                targets.put(String.valueOf(view.activity().id()), elements(workshop, view.config().targetList()));
            }
        }
        return targets;
    }

    List<GoalElement> elements(Workshop workshop, List<Long> ids) {
        List<GoalElement> list = new ArrayList<>();
        for (Long id : ids) {
            catalogue.element(id, workshop.organisationId()).ifPresent(list::add);
        }
        return list;
    }

    /** Target tags by activity id, then by item seq ("0" for the activity itself). */
    Map<String, Map<String, List<GoalElement>>> tags(Workshop workshop) {
        Map<String, Map<String, List<GoalElement>>> tags = new LinkedHashMap<>();
        for (TagRow row : workshops.tags(workshop.id())) {
            catalogue.element(row.elementId(), workshop.organisationId()).ifPresent(e -> tags
                    .computeIfAbsent(String.valueOf(row.activityId()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(String.valueOf(row.itemSeq()), k -> new ArrayList<>()).add(e));
        }
        return tags;
    }

    String joinUrl(HttpRequest<?> request, Workshop workshop) {
        return publicUrl.of(request, "/w/" + workshop.code());
    }

    /** The model every live page has: the workshop, its snapshot, the matrices' targets. */
    Map<String, Object> live(Workshop workshop, Snapshot snapshot) {
        Map<String, Object> model = new HashMap<>();
        model.put("workshop", workshop);
        model.put("snapshot", snapshot);
        model.put("matrixTargets", matrixTargets(workshop, snapshot));
        model.put("kinds", ActivityKind.values());
        model.put("eventTypes", EVENT_TYPES);
        model.put("noErrors", new se.samrad.platform.web.FormErrors());
        return model;
    }
}
