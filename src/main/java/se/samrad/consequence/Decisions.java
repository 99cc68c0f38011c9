package se.samrad.consequence;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetProjectionSource;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.SecureTokens;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recording a case's decision (SS 854000 10.4): date, body, the chosen alternative, the protocol paragraph, why,
 * and the actions decided, each with a unit, a due date and the indicators that follow it up (chosen among the
 * indicators of the case's targets). Every save keeps the decision as it became as a revision and is audited.
 */
@Singleton
public class Decisions {

    /** An indicator that may follow up an action: one linked to a target of the case. */
    public record IndicatorRef(long id, String name, String href) {
    }

    public record Action(ActionRow row, String unit, List<IndicatorRef> indicators) {
    }

    /** A recorded decision with its chosen alternative, actions and translations (lang to field to text). */
    public record Decided(CaseRow kase, DecisionRow row, AlternativeRow chosen, List<Action> actions,
                          Map<String, Map<String, String>> texts) {
    }

    public record Revision(DecisionRevisionRow row, String who) {
    }

    private final DecisionRowRepository decisions;
    private final ActionRowRepository actions;
    private final ActionIndicatorRowRepository actionIndicators;
    private final DecisionRevisionRowRepository revisions;
    private final DecisionTextRowRepository texts;
    private final Cases cases;
    private final Cells cells;
    private final List<TargetProjectionSource> projections;
    private final ConsequenceAudit audit;
    private final BasisCache bases;
    private final Clock clock;

    Decisions(DecisionRowRepository decisions, ActionRowRepository actions,
              ActionIndicatorRowRepository actionIndicators, DecisionRevisionRowRepository revisions,
              DecisionTextRowRepository texts, Cases cases, Cells cells, List<TargetProjectionSource> projections,
              ConsequenceAudit audit, BasisCache bases, Clock clock) {
        this.bases = bases;
        this.decisions = decisions;
        this.actions = actions;
        this.actionIndicators = actionIndicators;
        this.revisions = revisions;
        this.texts = texts;
        this.cases = cases;
        this.cells = cells;
        this.projections = projections;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Decided> of(CaseRow kase) {
        return decisions.findByOrganisationIdAndCaseId(kase.organisationId(), kase.id()).map(d -> decided(kase, d));
    }

    /** The decision behind a public feedback page, whichever organisation's. */
    public Optional<Decided> byPublicKey(String key) {
        if (key == null || key.length() > 64) {
            return Optional.empty();
        }
        return decisions.findByPublicKey(key).map(d -> decided(cases.get(d.organisationId(), d.caseId()), d));
    }

    private Decided decided(CaseRow kase, DecisionRow row) {
        long org = kase.organisationId();
        List<ActionRow> rows = actions.findByOrganisationIdAndDecisionIdOrderByPosition(org, row.id());
        Map<Long, List<Long>> linked = rows.isEmpty() ? Map.of() : actionIndicators
                .findByOrganisationIdAndActionIdIn(org, rows.stream().map(ActionRow::id).toList()).stream()
                .collect(Collectors.groupingBy(ActionIndicatorRow::actionId,
                        Collectors.mapping(ActionIndicatorRow::indicatorId, Collectors.toList())));
        Map<Long, IndicatorRef> known = indicatorChoices(kase).stream()
                .collect(Collectors.toMap(IndicatorRef::id, i -> i, (a, b) -> a));
        Map<Long, String> units = cases.unitNames(org);
        List<Action> out = rows.stream().map(a -> new Action(a, a.unitId() == null ? "" : units.getOrDefault(a.unitId(), ""),
                linked.getOrDefault(a.id(), List.of()).stream()
                        .map(id -> known.getOrDefault(id, new IndicatorRef(id, "#" + id, "/indicators/" + id)))
                        .toList())).toList();
        Map<String, Map<String, String>> translated = new HashMap<>();
        texts.findByOrganisationIdAndDecisionId(org, row.id()).forEach(t ->
                translated.computeIfAbsent(t.lang(), k -> new HashMap<>()).put(t.field(), t.value()));
        return new Decided(kase, row, cases.alternative(kase, row.alternativeId()), out, translated);
    }

    /** The indicators linked to the case's targets, the ones an action can be followed up with. */
    public List<IndicatorRef> indicatorChoices(CaseRow kase) {
        List<Long> targets = cases.targets(kase).stream().map(GoalElement::id).toList();
        if (targets.isEmpty()) {
            return List.of();
        }
        Map<Long, IndicatorRef> out = new LinkedHashMap<>();
        projections.forEach(p -> p.projections(kase.organisationId(), targets).forEach(pr ->
                out.putIfAbsent(pr.indicatorId(), new IndicatorRef(pr.indicatorId(), pr.indicator(), pr.href()))));
        return new ArrayList<>(out.values());
    }

    /** Records the decision or changes it; an unchanged resend adds no revision. */
    @Transactional
    public DecisionRow record(CurrentUser user, CaseRow kase, DecisionCommand command,
                              List<DecisionActions.Input> inputs) {
        long org = kase.organisationId();
        AlternativeRow chosen = cases.alternatives(kase).stream().filter(a -> a.id() == command.alternativeId())
                .findFirst().orElseThrow(() -> new InvalidRequestException("consequence.error.alternative"));
        Map<Long, String> unitNames = cases.unitNames(org);
        Set<Long> units = unitNames.keySet();
        Map<Long, String> indicatorNames = indicatorChoices(kase).stream()
                .collect(Collectors.toMap(IndicatorRef::id, IndicatorRef::name, (a, b) -> a));
        Set<Long> allowed = indicatorNames.keySet();
        for (DecisionActions.Input in : inputs) {
            if (in.unitId() != null && !units.contains(in.unitId())) {
                throw new InvalidRequestException("consequence.error.unit");
            }
            if (!allowed.containsAll(in.indicators())) {
                throw new InvalidRequestException("consequence.error.indicator");
            }
        }
        Optional<DecisionRow> old = decisions.findByOrganisationIdAndCaseId(org, kase.id());
        DecisionRow row = new DecisionRow(old.map(DecisionRow::id).orElse(null), org, kase.id(),
                old.map(DecisionRow::publicKey).orElseGet(SecureTokens::newToken), command.decidedOnValue(),
                command.body().strip(), chosen.id(), command.paragraphText(), command.why().strip(),
                user.accountId(), old.map(DecisionRow::createdAt).orElse(clock.instant()), clock.instant());
        String content = content(row, chosen, inputs, unitNames, indicatorNames);
        List<DecisionRevisionRow> earlier = revisions.findByOrganisationIdAndCaseIdOrderByIdDesc(org, kase.id());
        if (old.isPresent() && !earlier.isEmpty() && earlier.get(0).content().equals(content)) {
            return old.get();
        }
        DecisionRow saved = old.isPresent() ? decisions.update(row) : decisions.save(row);
        actions.deleteByOrganisationIdAndDecisionId(org, saved.id());
        int position = 0;
        for (DecisionActions.Input in : inputs) {
            ActionRow action = actions.save(new ActionRow(null, org, saved.id(), ++position, in.title(), in.unitId(),
                    in.dueOn()));
            actionIndicators.saveAll(in.indicators().stream()
                    .map(i -> new ActionIndicatorRow(null, org, action.id(), i)).toList());
        }
        revisions.save(new DecisionRevisionRow(null, org, kase.id(), user.accountId(), content, clock.instant()));
        bases.forget(kase.id());
        audit.record(user, kase, AuditAction.CONSEQUENCE_DECISION_RECORDED, "alternative:" + chosen.letter()
                + (saved.paragraph().isEmpty() ? "" : " " + saved.paragraph()));
        return saved;
    }

    /** The decision in words, as a revision keeps it. */
    private static String content(DecisionRow row, AlternativeRow chosen, List<DecisionActions.Input> inputs,
                                  Map<Long, String> units, Map<Long, String> indicators) {
        StringBuilder s = new StringBuilder().append(row.decidedOn()).append(" · ").append(row.body());
        if (!row.paragraph().isEmpty()) {
            s.append(" · ").append(row.paragraph());
        }
        s.append(" · ").append(chosen.doNothing() ? "0" : chosen.letter()).append(": ").append(chosen.title())
                .append('\n').append(row.why());
        int n = 0;
        for (DecisionActions.Input in : inputs) {
            s.append('\n').append(++n).append(". ").append(in.title());
            if (in.unitId() != null) {
                s.append(" · ").append(units.get(in.unitId()));
            }
            if (in.dueOn() != null) {
                s.append(" · ").append(in.dueOn());
            }
            if (!in.indicators().isEmpty()) {
                s.append(" · ").append(String.join(", ", in.indicators().stream().map(indicators::get).toList()));
            }
        }
        return s.toString();
    }

    public List<Revision> revisions(CaseRow kase) {
        Map<Long, String> people = cells.people(kase.organisationId());
        return revisions.findByOrganisationIdAndCaseIdOrderByIdDesc(kase.organisationId(), kase.id()).stream()
                .map(r -> new Revision(r, r.accountId() == null ? "" : people.getOrDefault(r.accountId(), "")))
                .toList();
    }

    /** Replaces the staff translations of the feedback page's free text (lang to field to text; blanks dropped). */
    @Transactional
    public void translate(CurrentUser user, Decided decided, Map<String, Map<String, String>> translations) {
        long org = decided.kase().organisationId();
        texts.deleteByOrganisationIdAndDecisionId(org, decided.row().id());
        List<DecisionTextRow> rows = new ArrayList<>();
        translations.forEach((lang, fields) -> fields.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                rows.add(new DecisionTextRow(null, org, decided.row().id(), lang, field, value.strip()));
            }
        }));
        texts.saveAll(rows);
        audit.record(user, decided.kase(), AuditAction.CONSEQUENCE_DECISION_RECORDED, "translations");
        bases.forget(decided.kase().id());
    }

    /** Decisions of these cases (for the evidence and the dialogues' links). */
    List<DecisionRow> ofCases(long organisationId, Collection<Long> caseIds) {
        return caseIds.isEmpty() ? List.of() : decisions.findByOrganisationIdAndCaseIdIn(organisationId, caseIds);
    }
}
