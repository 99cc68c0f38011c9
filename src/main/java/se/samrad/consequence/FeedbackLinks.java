package se.samrad.consequence;

import jakarta.inject.Singleton;
import se.samrad.goals.DecisionFeedbackSource;
import se.samrad.goals.FollowUpActionSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the consequence assessment offers other capabilities about recorded decisions: the feedback pages of the
 * decisions a dialogue or workshop informed, and the actions an indicator follows up.
 */
@Singleton
class FeedbackLinks implements DecisionFeedbackSource, FollowUpActionSource {

    private final LinkRowRepository links;
    private final CaseRowRepository cases;
    private final DecisionRowRepository decisions;
    private final ActionRowRepository actions;
    private final ActionIndicatorRowRepository actionIndicators;
    private final Cases caseService;

    FeedbackLinks(LinkRowRepository links, CaseRowRepository cases, DecisionRowRepository decisions,
                  ActionRowRepository actions, ActionIndicatorRowRepository actionIndicators, Cases caseService) {
        this.links = links;
        this.cases = cases;
        this.decisions = decisions;
        this.actions = actions;
        this.actionIndicators = actionIndicators;
        this.caseService = caseService;
    }

    @Override
    public List<FeedbackLink> feedbackFor(long organisationId, String kind, long id) {
        List<Long> caseIds = links.findByOrganisationIdAndKindAndRefIdIn(organisationId, kind, List.of(id)).stream()
                .map(LinkRow::caseId).distinct().toList();
        if (caseIds.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseRow> byId = cases.findByOrganisationIdAndIdIn(organisationId, caseIds).stream()
                .collect(Collectors.toMap(CaseRow::id, Function.identity()));
        List<FeedbackLink> out = new ArrayList<>();
        for (DecisionRow d : decisions.findByOrganisationIdAndCaseIdIn(organisationId, caseIds)) {
            Optional.ofNullable(byId.get(d.caseId())).ifPresent(c ->
                    out.add(new FeedbackLink(c.title(), "/feedback/" + d.publicKey())));
        }
        return out;
    }

    @Override
    public List<FollowUpAction> actionsFor(long organisationId, long indicatorId) {
        List<Long> actionIds = actionIndicators.findByOrganisationIdAndIndicatorId(organisationId, indicatorId).stream()
                .map(ActionIndicatorRow::actionId).toList();
        if (actionIds.isEmpty()) {
            return List.of();
        }
        List<ActionRow> rows = actions.findByOrganisationIdAndIdIn(organisationId, actionIds);
        Map<Long, DecisionRow> byDecision = decisions.findByOrganisationIdAndIdIn(organisationId,
                rows.stream().map(ActionRow::decisionId).distinct().toList()).stream()
                .collect(Collectors.toMap(DecisionRow::id, Function.identity()));
        Map<Long, CaseRow> byCase = cases.findByOrganisationIdAndIdIn(organisationId,
                byDecision.values().stream().map(DecisionRow::caseId).distinct().toList()).stream()
                .collect(Collectors.toMap(CaseRow::id, Function.identity()));
        Map<Long, String> units = caseService.unitNames(organisationId);
        List<FollowUpAction> out = new ArrayList<>();
        for (ActionRow a : rows) {
            DecisionRow d = byDecision.get(a.decisionId());
            CaseRow c = d == null ? null : byCase.get(d.caseId());
            if (c != null) {
                out.add(new FollowUpAction(a.title(), c.title(), "/consequence/cases/" + c.id() + "/decision",
                        a.unitId() == null ? "" : units.getOrDefault(a.unitId(), ""), a.dueOn(), d.decidedOn()));
            }
        }
        return out;
    }
}
