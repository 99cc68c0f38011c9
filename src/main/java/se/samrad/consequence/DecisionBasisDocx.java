package se.samrad.consequence;

import jakarta.inject.Singleton;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import se.samrad.goals.RepresentationGaps;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The decision basis as a Word document (DOCX, Apache POI) for the case system's appendix to the tjänsteskrivelse:
 * the same contents as the page, as headings, paragraphs and tables; right-to-left paragraphs for Arabic and
 * Persian.
 */
@Singleton
class DecisionBasisDocx {

    /** {@code t(key, args)}: a message in the reader's language. */
    byte[] write(DecisionBasis.Basis basis, String lang, boolean rtl, BiFunction<String, Object[], String> t) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(doc, rtl);
            CaseRow kase = basis.kase();
            w.heading(t.apply("consequence.basis.title", new Object[]{kase.title()}), 32);
            w.text(t.apply("consequence.field.decidingBody", new Object[0]) + ": " + kase.decidingBody());
            w.text(t.apply("consequence.field.decisionDate", new Object[0]) + ": "
                    + (kase.decisionDate() == null ? "–" : kase.decisionDate().toString()));
            w.text(t.apply("consequence.field.unit", new Object[0]) + ": " + basis.unitName());
            w.heading(t.apply("consequence.field.background", new Object[0]), 26);
            w.text(kase.background());
            w.heading(t.apply("consequence.field.targets", new Object[0]), 26);
            basis.targets().forEach(tg -> w.text(tg.code() + " " + tg.label(lang).value()));
            w.heading(t.apply("consequence.alternatives", new Object[0]), 26);
            for (AlternativeRow a : basis.alternatives()) {
                w.text(name(a, t) + (a.description().isBlank() ? "" : ": " + a.description()));
            }
            w.heading(t.apply("consequence.section.matrix", new Object[0]), 26);
            XWPFTable table = doc.createTable();
            w.row(table.getRow(0), List.of(t.apply("consequence.alternative", new Object[0]),
                    t.apply("consequence.horizon", new Object[0]), t.apply("consequence.matrix.effect", new Object[0]),
                    t.apply("consequence.matrix.service", new Object[0]),
                    t.apply("consequence.matrix.societal", new Object[0]),
                    t.apply("consequence.field.priority", new Object[0])));
            for (Matrix.Row row : basis.matrix()) {
                AlternativeRow a = row.alternative();
                w.row(table.createRow(), List.of(a.doNothing() ? t.apply("consequence.matrix.do-nothing", new Object[0])
                                : name(a, t), t.apply(row.horizon().key(), new Object[0]), items(row.effect(), lang, t),
                        items(row.service(), lang, t), items(row.societal(), lang, t),
                        a.priority() == null ? "–" : t.apply("consequence.priority." + a.priority(), new Object[0])));
            }
            w.heading(t.apply("consequence.interactions.title", new Object[0]), 26);
            if (basis.interactions().isEmpty()) {
                w.text(t.apply("consequence.interactions.none", new Object[0]));
            }
            basis.interactions().forEach(i -> w.text(t.apply(i.conflict() ? "consequence.interactions.conflict"
                    : "consequence.interactions.synergy", new Object[]{i.from(), i.to(),
                    (i.score() > 0 ? "+" : "−") + Math.abs(i.score()), i.session(), i.when().toString().substring(0, 10)})));
            w.heading(t.apply("consequence.basis.voices", new Object[0]), 26);
            if (basis.voices().isEmpty()) {
                w.text(t.apply("consequence.basis.voices-none", new Object[0]));
            }
            for (DecisionBasis.Voice v : basis.voices()) {
                w.text(t.apply("consequence.basis.voice", new Object[]{t.apply("relevance.evidence.kind." + v.kind(),
                        new Object[0]), v.answers(), v.sources()}));
                v.quotes().forEach(q -> w.text("”" + q.label() + "” (" + q.sourceTitle() + ")"));
            }
            notHeard(w, basis, t);
            w.text(t.apply("consequence.basis.not-heard", new Object[0]));
            w.heading(t.apply("consequence.basis.recommendation", new Object[0]), 26);
            if (basis.recommended().isEmpty()) {
                w.text(t.apply("consequence.basis.recommendation-none", new Object[0]));
            }
            basis.recommended().forEach(a -> w.text(name(a, t) + ": " + a.priorityReason()));
            basis.decision().ifPresent(d -> decision(w, d, t));
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who was not heard: the linked dialogues' under-represented groups, in words. */
    private static void notHeard(Writer w, DecisionBasis.Basis basis, BiFunction<String, Object[], String> t) {
        w.heading(t.apply("consequence.basis.gaps", new Object[0]), 22);
        if (basis.gaps().isEmpty()) {
            w.text(t.apply(basis.dialoguesLinked() ? "consequence.basis.gaps-none"
                    : "consequence.basis.gaps-no-dialogues", new Object[0]));
        }
        for (RepresentationGaps.Gap g : basis.gaps()) {
            w.text("• " + g.group().value() + ": " + t.apply("consequence.basis.gap.shares",
                    new Object[]{Math.round(g.answerPercent()), Math.round(g.populationPercent())})
                    + " (" + g.question().value() + " – " + g.dialogue().value() + ")");
        }
        if (!basis.unheardStakeholders().isEmpty()) {
            w.text(t.apply("consequence.basis.unheard-stakeholders", new Object[0]));
            basis.unheardStakeholders().forEach(s -> w.text("• " + s.name()));
        }
    }

    private static void decision(Writer w, Decisions.Decided d, BiFunction<String, Object[], String> t) {
        w.heading(t.apply("consequence.basis.decision", new Object[0]), 26);
        w.text(t.apply("consequence.decision.decidedOn", new Object[0]) + ": " + d.row().decidedOn() + ". "
                + t.apply("consequence.decision.body", new Object[0]) + ": " + d.row().body() + ". "
                + t.apply("consequence.decision.paragraph", new Object[0]) + ": "
                + (d.row().paragraph().isEmpty() ? "–" : d.row().paragraph()) + ".");
        w.text(t.apply("consequence.decision.chosen", new Object[0]) + ": " + name(d.chosen(), t));
        w.text(t.apply("consequence.decision.why", new Object[0]) + ": " + d.row().why());
        for (Decisions.Action a : d.actions()) {
            w.text("• " + a.row().title() + " (" + (a.unit().isEmpty() ? "–" : a.unit()) + ", "
                    + (a.row().dueOn() == null ? "–" : a.row().dueOn().toString()) + ")"
                    + (a.indicators().isEmpty() ? "" : ": " + String.join(", ",
                    a.indicators().stream().map(Decisions.IndicatorRef::name).toList())));
        }
    }

    private static String name(AlternativeRow a, BiFunction<String, Object[], String> t) {
        return a.doNothing() ? t.apply("consequence.do-nothing", new Object[0])
                : t.apply("consequence.alternative.letter", new Object[]{a.letter()}) + " " + a.title();
    }

    private static String items(List<Matrix.Item> items, String lang, BiFunction<String, Object[], String> t) {
        if (items.isEmpty()) {
            return t.apply("consequence.matrix.empty", new Object[0]);
        }
        StringBuilder text = new StringBuilder();
        for (Matrix.Item i : items) {
            Pages.AspectLine line = i.line();
            String aspect = line.isTarget() ? line.target().code() : t.apply(line.labelKey(), new Object[0]);
            Rating value = i.cell().value();
            String rating = value != null ? value.symbol() + " " + t.apply(value.key(), new Object[0])
                    : i.cell().disagreement() ? t.apply("consequence.cell.disputed", new Object[]{i.cell().assessors()})
                    : t.apply("consequence.rating.none", new Object[0]);
            text.append(text.isEmpty() ? "" : "\n").append(aspect).append(": ").append(rating);
        }
        return text.toString();
    }

    /** Paragraphs and table cells in the document's direction. */
    private record Writer(XWPFDocument doc, boolean rtl) {

        void heading(String text, int halfPoints) {
            XWPFRun run = paragraph(doc.createParagraph()).createRun();
            run.setBold(true);
            run.setFontSize(halfPoints / 2);
            run.setText(text);
        }

        void text(String text) {
            XWPFParagraph p = paragraph(doc.createParagraph());
            String[] lines = text.split("\n", -1);
            XWPFRun run = p.createRun();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }

        void row(XWPFTableRow row, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                var cell = i < row.getTableCells().size() ? row.getCell(i) : row.addNewTableCell();
                XWPFParagraph p = paragraph(cell.getParagraphs().get(0));
                String[] lines = cells.get(i).split("\n", -1);
                XWPFRun run = p.createRun();
                for (int l = 0; l < lines.length; l++) {
                    if (l > 0) {
                        run.addBreak();
                    }
                    run.setText(lines[l]);
                }
            }
        }

        private XWPFParagraph paragraph(XWPFParagraph p) {
            if (rtl) {
                p.setAlignment(ParagraphAlignment.RIGHT);
                var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
                if (!ppr.isSetBidi()) {
                    ppr.addNewBidi();
                }
            }
            return p;
        }
    }
}
