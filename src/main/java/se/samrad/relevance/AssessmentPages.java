package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import se.samrad.goals.Framework;
import se.samrad.goals.GoalElement;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.FormErrors;
import se.samrad.platform.web.Views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static se.samrad.relevance.RelevanceController.model;

/** Builds a unit's task page and the form for one goal's targets. */
@Singleton
class AssessmentPages {

    private final Rounds rounds;
    private final Assessments assessments;
    private final EvidencePanel evidence;
    private final Views views;
    private final LiveScores live;
    private final AnswerExamples examples;

    AssessmentPages(Rounds rounds, Assessments assessments, EvidencePanel evidence, Views views, LiveScores live,
                    AnswerExamples examples) {
        this.examples = examples;
        this.live = live;
        this.rounds = rounds;
        this.assessments = assessments;
        this.evidence = evidence;
        this.views = views;
    }

    /** A goal on a unit's task list: how many of its targets are assessed, and how many found not relevant. */
    public record GoalStatus(GoalElement goal, int assessed, int notRelevant, int total) {
        public boolean done() {
            return assessed == total;
        }
    }

    /** A framework of the round with its goals' status. */
    public record FrameworkStatus(Framework framework, List<GoalStatus> goals) {
    }

    /** The form field prefix of one target's part of the goal form. */
    static String prefix(long elementId) {
        return "e" + elementId + "-";
    }

    HttpResponse<String> unit(HttpRequest<?> request, RoundRow round, RoundUnitRow unit) {
        List<FrameworkStatus> frameworks = new ArrayList<>();
        for (Framework f : rounds.frameworks(round)) {
            Map<Long, AnswerRow> answers = assessments.of(unit, f.leaves().stream().map(GoalElement::id).toList());
            frameworks.add(new FrameworkStatus(f, f.goals().stream().map(g -> {
                List<AnswerRow> mine = g.leaves().stream().map(l -> answers.get(l.id()))
                        .filter(a -> a != null && a.relevance() != null).toList();
                int notRelevant = (int) mine.stream().filter(a -> a.relevance() == Relevance.NOT_RELEVANT).count();
                return new GoalStatus(g, mine.size(), notRelevant, g.leaves().size());
            }).toList()));
        }
        Rounds.UnitProgress progress = rounds.progress(round).stream()
                .filter(p -> p.row().unitId() == unit.unitId()).findFirst().orElseThrow();
        return views.page(request, "relevance/unit", model("round", round, "unit", progress,
                "frameworks", frameworks, "done", request.getParameters().get("done", String.class, "")));
    }

    HttpResponse<String> goal(HttpRequest<?> request, HttpStatus status, CurrentUser user, RoundRow round,
                              RoundUnitRow unit,
                              GoalElement goal, Map<Long, AssessmentCommand> forms, Map<Long, List<String>> chosen,
                              FormErrors errors) {
        String unitName = rounds.unitNames(round.organisationId()).getOrDefault(unit.unitId(), "");
        Framework framework = rounds.frameworks(round).stream()
                .filter(f -> f.key().equals(goal.frameworkKey())).findFirst().orElseThrow();
        String lang = lang(request);
        return views.page(request, status, "relevance/goal", model("examples", stringKeys(examples.choices(user,
                        unit, goal.leaves(), lang)), "chosen", stringKeys(chosen), "round", round, "unit", unit,
                "unitName", unitName, "framework", framework, "goal", goal, "forms", stringKeys(forms),
                "errors", errors, "relevances", names(Relevance.values()), "controls", names(Control.values()),
                "next", nextGoal(round, goal), "evidence", evidence.forTargets(user,
                        goal.leaves(), round.id(), lang),
                "done", request.getParameters().get("done", String.class, ""),
                "live", stringKeys(live.of(unit, goal.leaves().stream().map(GoalElement::id).toList()))));
    }

    String lang(HttpRequest<?> request) {
        return views.language(request).code();
    }

    /** The goal after this one in the round (across frameworks), null after the last. */
    @Nullable
    GoalElement nextGoal(RoundRow round, GoalElement goal) {
        List<GoalElement> all = rounds.frameworks(round).stream().flatMap(f -> f.goals().stream()).toList();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id() == goal.id()) {
                return all.get(i + 1);
            }
        }
        return null;
    }

    /** Freemarker's hashes take string keys. */
    private static <T> Map<String, T> stringKeys(Map<Long, T> forms) {
        Map<String, T> out = new java.util.LinkedHashMap<>();
        forms.forEach((k, v) -> out.put(Long.toString(k), v));
        return out;
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
