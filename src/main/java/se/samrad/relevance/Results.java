package se.samrad.relevance;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import se.samrad.goals.Dimension;
import se.samrad.goals.Framework;
import se.samrad.goals.GoalElement;
import se.samrad.goals.evidence.Evidence;
import se.samrad.goals.evidence.EvidenceReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A round's result: the heat map of targets by unit, the organisation's overall relevance per target and how it
 * was derived, the balance between dimensions, what changed since the round it started from, the prioritised
 * targets and suggested candidates.
 */
@Singleton
public class Results {

    /** Candidates suggested at most. */
    static final int CANDIDATES = 10;

    private final Rounds rounds;
    private final AnswerRowRepository answers;
    private final DecisionRowRepository decisions;
    private final EvidenceReader evidence;

    Results(Rounds rounds, AnswerRowRepository answers, DecisionRowRepository decisions, EvidenceReader evidence) {
        this.rounds = rounds;
        this.answers = answers;
        this.decisions = decisions;
        this.evidence = evidence;
    }

    /** One target's line: each unit's relevance (null: not assessed) in the units' order, and the rest. */
    public record Line(GoalElement target, List<Relevance> cells, Overall overall, @Nullable Control control,
                       @Nullable DecisionRow decision, int residents, int stakeholders, int workshopItems,
                       @Nullable Overall previous, int signal, int synergies) {
        public boolean prioritised() {
            return decision != null && decision.prioritised();
        }

        public boolean changed() {
            return previous != null && previous.value() != overall.value();
        }

        public String controlName() {
            return control == null ? "" : control.name();
        }

        /** The highest relevance any unit gave, as a name ({@code NONE} when none assessed it). */
        public String highestName() {
            Relevance highest = null;
            for (Relevance cell : cells) {
                highest = Relevance.max(highest, cell);
            }
            return highest == null ? "NONE" : highest.name();
        }
    }

    /** A goal with its targets' lines. */
    public record GoalBlock(GoalElement goal, List<Line> lines) {
    }

    /**
     * A suggested candidate, the score it was ranked by and how it was derived (relevance, rådighet, evidence
     * strength, indicator signals, SDG synergies: see {@link CandidateScore}).
     */
    public record Candidate(Line line, int score, List<CandidateScore.Part> parts) {
    }

    public record Result(RoundRow round, List<Rounds.UnitProgress> units, List<Framework> frameworks,
                         Map<String, List<GoalBlock>> blocks, Map<Dimension, Integer> dimensionBalance,
                         List<Line> priorities, List<Candidate> candidates, List<Line> changes) {
    }

    /** What a round holds for some of its targets: answers, decisions, last round's overall, evidence counts. */
    private record Facts(RoundRow round, List<Rounds.UnitProgress> units, Map<Long, Map<Long, AnswerRow>> byElement,
                         Map<Long, DecisionRow> decided, Map<Long, Overall> previous,
                         Map<Long, Map<String, Long>> strength) {

        Line line(GoalElement target) {
            Map<Long, AnswerRow> mine = byElement.getOrDefault(target.id(), Map.of());
            List<Relevance> cells = units.stream().map(u -> mine.get(u.row().unitId()))
                    .map(a -> a == null ? null : a.relevance()).toList();
            Map<String, Long> s = strength.getOrDefault(target.id(), Map.of());
            return new Line(target, cells, Overall.of(mine.values(), decided.get(target.id())),
                    strongestControl(mine.values()), decided.get(target.id()),
                    s.getOrDefault("dialogue", 0L).intValue(), s.getOrDefault("stakeholder", 0L).intValue(),
                    s.getOrDefault("workshop", 0L).intValue(),
                    round.previousRoundId() == null ? null : previous.get(target.id()),
                    s.getOrDefault(CandidateScore.SIGNAL, 0L).intValue(),
                    s.getOrDefault(CandidateScore.SYNERGY, 0L).intValue());
        }
    }

    private Facts facts(RoundRow round, List<Long> targetIds) {
        long org = round.organisationId();
        Map<Long, DecisionRow> decided = decisions.findByOrganisationIdAndRoundId(org, round.id()).stream()
                .collect(Collectors.toMap(DecisionRow::elementId, Function.identity()));
        return new Facts(round, rounds.progress(round),
                byElement(answers.findByOrganisationIdAndRoundId(org, round.id())), decided, previousOverall(round),
                strength(org, targetIds));
    }

    /** One target's line alone (its decision page), reading the evidence of that target only. */
    public Line line(RoundRow round, GoalElement target) {
        return facts(round, List.of(target.id())).line(target);
    }

    public Result of(RoundRow round) {
        List<Framework> frameworks = rounds.frameworks(round);
        Facts facts = facts(round, frameworks.stream().flatMap(f -> f.leaves().stream()).map(GoalElement::id)
                .toList());
        Map<String, List<GoalBlock>> blocks = new java.util.LinkedHashMap<>();
        List<Line> all = new ArrayList<>();
        for (Framework f : frameworks) {
            List<GoalBlock> goals = new ArrayList<>();
            for (GoalElement goal : f.goals()) {
                List<Line> lines = goal.leaves().stream().map(facts::line).toList();
                all.addAll(lines);
                goals.add(new GoalBlock(goal, lines));
            }
            blocks.put(f.key(), goals);
        }
        return new Result(round, facts.units(), frameworks, blocks, balance(frameworks, all),
                all.stream().filter(Line::prioritised).toList(), candidates(all),
                all.stream().filter(Line::changed).toList());
    }

    private static Map<Long, Map<Long, AnswerRow>> byElement(List<AnswerRow> rows) {
        Map<Long, Map<Long, AnswerRow>> out = new HashMap<>();
        rows.forEach(a -> out.computeIfAbsent(a.elementId(), k -> new HashMap<>()).put(a.unitId(), a));
        return out;
    }

    private Map<Long, Overall> previousOverall(RoundRow round) {
        if (round.previousRoundId() == null) {
            return Map.of();
        }
        long org = round.organisationId();
        Map<Long, DecisionRow> decided = decisions.findByOrganisationIdAndRoundId(org, round.previousRoundId())
                .stream().collect(Collectors.toMap(DecisionRow::elementId, Function.identity()));
        Map<Long, Map<Long, AnswerRow>> byElement = byElement(answers.findByOrganisationIdAndRoundId(org,
                round.previousRoundId()));
        Map<Long, Overall> out = new HashMap<>();
        byElement.forEach((id, rows) -> out.put(id, Overall.of(rows.values(), decided.get(id))));
        decided.forEach((id, d) -> out.putIfAbsent(id, Overall.of(List.of(), d)));
        return out;
    }

    /**
     * How many pieces of evidence each source kind holds per target (residents, stakeholders, workshops), and
     * the strongest indicator signal and the SDG synergies among them ({@link CandidateScore#read}).
     */
    private Map<Long, Map<String, Long>> strength(long org, List<Long> leafIds) {
        Map<Long, Map<String, Long>> out = new HashMap<>();
        for (Evidence e : evidence.evidenceFor(org, leafIds)) {
            CandidateScore.read(e, out.computeIfAbsent(e.elementId(), k -> new HashMap<>()));
        }
        return out;
    }

    /**
     * The rådighet of the units that found the target most relevant (whose core mission it is most), the
     * strongest of theirs where they differ (we decide over we influence ...).
     */
    @Nullable
    private static Control strongestControl(java.util.Collection<AnswerRow> rows) {
        Relevance highest = null;
        for (AnswerRow a : rows) {
            highest = Relevance.max(highest, a.relevance());
        }
        Relevance top = highest;
        return rows.stream().filter(a -> a.relevance() == top).map(AnswerRow::control)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Per dimension, how many targets of goals in it are of medium or high overall relevance. */
    private static Map<Dimension, Integer> balance(List<Framework> frameworks, List<Line> lines) {
        Map<Long, GoalElement> goalOf = new HashMap<>();
        frameworks.forEach(f -> f.goals().forEach(g -> g.leaves().forEach(l -> goalOf.put(l.id(), g))));
        Map<Dimension, Integer> out = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            out.put(d, 0);
        }
        for (Line line : lines) {
            if (line.overall().value() != null && line.overall().value().compareTo(Relevance.MEDIUM) >= 0) {
                goalOf.get(line.target().id()).dimensions().forEach(d -> out.merge(d, 1, Integer::sum));
            }
        }
        return out;
    }

    /**
     * Targets not yet prioritised, ranked by overall relevance (medium or high only), rådighet, evidence strength,
     * indicator signals and SDG synergies ({@link CandidateScore}), strongest first.
     */
    static List<Candidate> candidates(List<Line> lines) {
        return lines.stream().filter(l -> !l.prioritised() && l.overall().value() != null
                        && l.overall().value().compareTo(Relevance.MEDIUM) >= 0)
                .map(l -> {
                    List<CandidateScore.Part> parts = CandidateScore.parts(l);
                    return new Candidate(l, CandidateScore.total(parts), parts);
                })
                .sorted(Comparator.comparingInt(Candidate::score).reversed()
                        .thenComparing(c -> c.line().target().id()))
                .limit(CANDIDATES).toList();
    }

    static int score(Line line) {
        return CandidateScore.total(CandidateScore.parts(line));
    }
}
