package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything a workshop produced, as the report page, the CSV/XLSX rows and the PDF show it: every activity
 * with its results, every visible item (hidden ones left out, merged ones pointing to where they went), every
 * SDG matrix cell, each with the goal targets it is tagged with.
 */
@Singleton
class WorkshopReport {

    static final List<String> COLUMNS = List.of("position", "activity", "kind", "entry", "group", "question", "name",
            "text", "value", "count", "spread", "targets");

    private final EventLog log;
    private final WorkshopPages pages;

    WorkshopReport(EventLog log, WorkshopPages pages) {
        this.log = log;
        this.pages = pages;
    }

    /** The report's model: the workshop, a snapshot with everything, targets of matrices, tags. */
    Map<String, Object> model(Workshop workshop) {
        Snapshot snapshot = log.snapshot(workshop.id(), "report", true);
        Map<String, Object> model = pages.live(workshop, snapshot);
        model.put("tags", pages.tags(workshop));
        model.put("report", true);
        return model;
    }

    /** One row per option, item, word or matrix cell. */
    List<List<String>> rows(Workshop workshop) {
        Snapshot snapshot = log.snapshot(workshop.id(), "report", true);
        Map<String, Map<String, List<GoalElement>>> tags = pages.tags(workshop);
        Map<String, List<GoalElement>> targets = pages.matrixTargets(workshop, snapshot);
        List<List<String>> rows = new ArrayList<>();
        for (ActivityView a : snapshot.activities()) {
            String id = String.valueOf(a.activity().id());
            Map<String, List<GoalElement>> activityTags = tags.getOrDefault(id, Map.of());
            String activityTargets = codes(activityTags.get("0"));
            Row row = new Row(a, rows);
            switch (a.activity().kind()) {
                case POLL, RATING, DOTS -> a.counts().forEach(c -> row.add("option", "", "", "", c.label(), "",
                        String.valueOf(c.count()), "", activityTargets));
                case WORD_CLOUD -> a.words().forEach(w -> row.add("word", "", "", "", w.label(), "",
                        String.valueOf(w.count()), "", activityTargets));
                case SDG_MATRIX -> {
                    List<GoalElement> t = targets.getOrDefault(id, List.of());
                    SdgMatrix m = a.matrix();
                    for (int r = 0; r < t.size(); r++) {
                        for (int c = 0; c < t.size(); c++) {
                            SdgMatrix.Cell cell = m.cell(r, c);
                            if (cell.isScored()) {
                                row.add("cell", "", "", "", t.get(r).code() + " -> " + t.get(c).code()
                                        + (cell.disagreement() ? " (!)" : ""), String.valueOf(cell.mean()),
                                        String.valueOf(cell.count()), String.valueOf(cell.spread()),
                                        t.get(r).code() + " " + t.get(c).code());
                                String pair = t.get(r).code() + " " + t.get(c).code();
                                cell.comments().forEach(comment -> row.add("comment", "", "", "", comment, "", "", "",
                                        pair));
                            }
                        }
                    }
                }
                case RELEVANCE -> {
                    List<GoalElement> t = targets.getOrDefault(id, List.of());
                    for (RelevanceScoring.Line line : a.scoring().lines()) {
                        if (line.index() < t.size()) {
                            String code = t.get(line.index()).code();
                            row.add("target", "", "", "", code + (line.disagreement() ? " (!)" : ""),
                                    String.valueOf(line.mean()), String.valueOf(line.count()),
                                    String.valueOf(line.spread()), code);
                            if (line.agreedName() != null) {
                                row.add("agreed", "", "", "", line.agreedName(), String.valueOf(line.agreed()), "",
                                        "", code);
                            }
                        }
                    }
                }
                default -> a.items().stream().filter(i -> !i.hidden()).forEach(i -> {
                    String question = a.activity().kind() == ActivityKind.BREAKOUT
                            && i.question() < a.config().questionList().size()
                            ? a.config().questionList().get(i.question()) : i.theme();
                    String itemTargets = codes(activityTags.get(String.valueOf(i.seq())));
                    row.add(i.mergedInto() != 0 ? "merged:" + i.mergedInto() : "item:" + i.seq(),
                            i.group() == 0 ? "" : String.valueOf(i.group()), question, i.name(), i.text(), "",
                            String.valueOf(i.votes()), "", join(activityTargets, itemTargets));
                });
            }
        }
        return rows;
    }

    private record Row(ActivityView a, List<List<String>> rows) {
        void add(String entry, String group, String question, String name, String text, String value, String count,
                 String spread, String targets) {
            rows.add(List.of(String.valueOf(a.activity().position()), a.activity().title(), a.activity().kind().name(),
                    entry, group, question, name, text, value, count, spread, targets));
        }
    }

    private static String codes(List<GoalElement> elements) {
        return elements == null ? "" : elements.stream().map(GoalElement::code).collect(Collectors.joining(" "));
    }

    private static String join(String a, String b) {
        return (a + " " + b).strip();
    }

    /** The matrices of a workshop for the XLSX: activity title to (target codes, means). */
    Map<String, Object> matrices(Workshop workshop) {
        Snapshot snapshot = log.snapshot(workshop.id(), "report", true);
        Map<String, List<GoalElement>> targets = pages.matrixTargets(workshop, snapshot);
        Map<String, Object> result = new HashMap<>();
        for (ActivityView a : snapshot.activities()) {
            if (a.matrix() != null) {
                result.put(a.activity().position() + " " + a.activity().title(),
                        List.of(targets.get(String.valueOf(a.activity().id())), a.matrix()));
            }
        }
        return result;
    }
}
