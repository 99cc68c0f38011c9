package se.samrad.relevance;

import se.samrad.goals.evidence.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a candidate target's score is made, part by part, so the result page can say it in words (issue 19):
 * <ul>
 *   <li>overall relevance: high 3, medium 2;</li>
 *   <li>rådighet of the units that found it most relevant: we decide 2, we influence or collaboration 1;</li>
 *   <li>evidence strength, residents' answers, stakeholders and workshop items together: 1–9 gives 1, 10–99
 *       gives 2, 100 or more 3;</li>
 *   <li>indicator signals (the typed {@link Evidence#progress()} of {@code goals.evidence}, never its label): an
 *       indicator linked to the target moving away from its target value 2, one with limited progress 1 (the
 *       strongest counts);</li>
 *   <li>SDG synergies (kind {@code workshop}, {@link Evidence.Type#SYNERGY}): the target pulls others along in
 *       workshops' SDG interaction matrices (a positive mean): 1–2 pairs give 1, 3 or more 2.</li>
 * </ul>
 */
final class CandidateScore {

    /** Keys of the per-target evidence tally beside the source kinds. */
    static final String SIGNAL = "#signal";
    static final String SYNERGY = "#synergy";

    /**
     * One part of a score: a message key ({@code relevance.score.<key>}) said with the points ({0}) and, where it
     * has one, a number ({1}: voices, synergies).
     */
    public record Part(String key, int points, int count) {
    }

    private CandidateScore() {
    }

    /** Adds one piece of evidence to a target's tally: counts per source kind, the strongest signal, synergies. */
    static void read(Evidence e, Map<String, Long> tally) {
        long weight = e.source().equals("dialogue") ? Math.max(1, e.count()) : 1;
        if (e.type() == Evidence.Type.SYNERGY) {
            tally.merge(SYNERGY, 1L, Long::sum);
        } else {
            tally.merge(e.source(), weight, Long::sum);
        }
        if (e.progress() != null) {
            tally.merge(SIGNAL, (long) signal(e.progress()), Math::max);
        }
    }

    /** 2 for an indicator moving away from its target value, 1 for limited progress, else 0. */
    static int signal(Evidence.Progress progress) {
        return switch (progress) {
            case MOVING_AWAY -> 2;
            case LIMITED_PROGRESS -> 1;
            case ACHIEVED, ON_TRACK, NEEDS_ACCELERATION, UNKNOWN -> 0;
        };
    }

    static List<Part> parts(Results.Line line) {
        List<Part> parts = new ArrayList<>();
        boolean high = line.overall().value() == Relevance.HIGH;
        parts.add(new Part(high ? "relevance.HIGH" : "relevance.MEDIUM", high ? 3 : 2, 0));
        if (line.control() != null) {
            int control = switch (line.control()) {
                case WE_DECIDE -> 2;
                case WE_INFLUENCE, COLLABORATION -> 1;
                case OUTSIDE -> 0;
            };
            parts.add(new Part("control." + line.control().name(), control, 0));
        }
        int voices = line.residents() + line.stakeholders() + line.workshopItems();
        if (voices > 0) {
            parts.add(new Part("voices", voices < 10 ? 1 : voices < 100 ? 2 : 3, voices));
        }
        if (line.signal() > 0) {
            parts.add(new Part(line.signal() == 2 ? "signal.MOVING_AWAY" : "signal.LIMITED_PROGRESS", line.signal(),
                    0));
        }
        if (line.synergies() > 0) {
            parts.add(new Part("synergies", line.synergies() < 3 ? 1 : 2, line.synergies()));
        }
        return parts;
    }

    static int total(List<Part> parts) {
        return parts.stream().mapToInt(Part::points).sum();
    }
}
