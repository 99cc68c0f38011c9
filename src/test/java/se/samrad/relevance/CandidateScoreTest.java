package se.samrad.relevance;

import org.junit.jupiter.api.Test;
import se.samrad.goals.GoalElement;
import se.samrad.goals.evidence.Evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The candidates' score (issue 19) part by part: relevance, rådighet, evidence strength, and now indicator signals
 * and SDG synergies read from {@code goals.evidence}; a target moving away with many synergies ranks up.
 */
class CandidateScoreTest {

    static GoalElement target(long id, String code) {
        return new GoalElement(id, "agenda2030", 1L, 2, code, (int) id, null, Set.of(), Map.of(), List.of());
    }

    static Results.Line line(long id, Relevance relevance, Control control, int residents, int signal,
                             int synergies) {
        return new Results.Line(target(id, "4." + id), List.of(relevance), new Overall(relevance, false, ""),
                control, null, residents, 0, 0, null, signal, synergies);
    }

    static Evidence evidence(String source, Evidence.Type type, String label, long count) {
        return new Evidence(source, 1, "t", "/x", 7, type, label, "", count, 0, null);
    }

    static Evidence indicator(String label, Evidence.Progress progress) {
        return new Evidence("indicator", 1, "t", "/x", 7, Evidence.Type.ITEM, label, "", 2024, 0, null, progress,
                Evidence.Trend.DOWN);
    }

    @Test
    void indicatorSignalsAndSynergiesAreReadFromTheEvidence() {
        Map<String, Long> tally = new HashMap<>();
        CandidateScore.read(indicator("2024: 58 g", Evidence.Progress.LIMITED_PROGRESS), tally);
        CandidateScore.read(indicator("2023: 3 %", Evidence.Progress.MOVING_AWAY), tally);
        CandidateScore.read(indicator("2023: 9 %", Evidence.Progress.ON_TRACK), tally);
        CandidateScore.read(evidence("workshop", Evidence.Type.SYNERGY, "Samspel: 7->8 2.0", 3), tally);
        CandidateScore.read(evidence("workshop", Evidence.Type.SYNERGY, "Samspel: 7->9 1.0", 3), tally);
        CandidateScore.read(evidence("workshop", Evidence.Type.ITEM, "Samspel: 9->7 -1.0", 3), tally);
        CandidateScore.read(evidence("dialogue", Evidence.Type.COUNT, "Fråga: Skolan", 12), tally);
        assertEquals(2L, tally.get(CandidateScore.SIGNAL), "the strongest signal: moving away");
        assertEquals(2L, tally.get(CandidateScore.SYNERGY));
        assertEquals(1L, tally.get("workshop"), "a trade-off or a pair pulled along counts as a workshop item");
        assertEquals(12L, tally.get("dialogue"));
        assertEquals(3L, tally.get("indicator"));
    }

    @Test
    void theSignalIsTheTypedStatusNeverTheLabelsWords() {
        Map<String, Long> tally = new HashMap<>();
        CandidateScore.read(indicator("MOVING_AWAY LIMITED_PROGRESS", Evidence.Progress.ON_TRACK), tally);
        assertEquals(0L, tally.get(CandidateScore.SIGNAL), "words in a label mean nothing");
        Map<String, Long> translated = new HashMap<>();
        CandidateScore.read(indicator("2024: 58 g; يبتعد عن الهدف", Evidence.Progress.MOVING_AWAY), translated);
        assertEquals(2L, translated.get(CandidateScore.SIGNAL));
        Map<String, Long> none = new HashMap<>();
        CandidateScore.read(evidence("indicator", Evidence.Type.ITEM, "2023: 3 %; MOVING_AWAY", 2023), none);
        assertEquals(null, none.get(CandidateScore.SIGNAL), "no status, no signal");
    }

    @Test
    void theScoreIsSaidPartByPart() {
        Results.Line plain = line(1, Relevance.HIGH, Control.WE_DECIDE, 12, 0, 0);
        Results.Line pulling = line(2, Relevance.HIGH, Control.WE_DECIDE, 12, 2, 4);
        assertEquals(List.of(new CandidateScore.Part("relevance.HIGH", 3, 0),
                new CandidateScore.Part("control.WE_DECIDE", 2, 0), new CandidateScore.Part("voices", 2, 12),
                new CandidateScore.Part("signal.MOVING_AWAY", 2, 0), new CandidateScore.Part("synergies", 2, 4)),
                CandidateScore.parts(pulling));
        assertEquals(7, Results.score(plain));
        assertEquals(11, Results.score(pulling));
        assertEquals(List.of(pulling.target().id(), plain.target().id()),
                Results.candidates(List.of(plain, pulling)).stream().map(c -> c.line().target().id()).toList());
        Results.Line limited = line(3, Relevance.MEDIUM, null, 0, 1, 1);
        assertEquals(List.of(new CandidateScore.Part("relevance.MEDIUM", 2, 0),
                new CandidateScore.Part("signal.LIMITED_PROGRESS", 1, 0), new CandidateScore.Part("synergies", 1, 1)),
                CandidateScore.parts(limited));
    }
}
