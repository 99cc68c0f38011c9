package se.samrad.relevance;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samrad.goals.evidence.Evidence;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.pdf.PdfRenderer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A round's result for the council and the political leadership: a workbook with one row per target (each
 * unit's relevance, the overall value and how it was derived, the prioritisation) and a printable PDF of the
 * report page. Cells are written as text, never as formulas.
 */
@Singleton
class RelevanceReport {

    private final Messages messages;
    private final PdfRenderer pdf;

    RelevanceReport(Messages messages, PdfRenderer pdf) {
        this.messages = messages;
        this.pdf = pdf;
    }

    byte[] xlsx(Results.Result result, List<Swot.Point> swot, List<AnswerExamples.Cited> examples,
                Language language) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet(messages.get(language, "relevance.result.heatmap"));
            List<String> header = new ArrayList<>(List.of(messages.get(language, "relevance.goal"),
                    messages.get(language, "relevance.result.target"), ""));
            result.units().forEach(u -> header.add(u.name()));
            header.addAll(List.of(messages.get(language, "relevance.result.overall"),
                    messages.get(language, "relevance.result.derived"), messages.get(language, "relevance.field.control"),
                    messages.get(language, "relevance.prioritised"), messages.get(language, "relevance.field.justification")));
            write(sheet.createRow(0), header, bold);
            int r = 1;
            for (List<Results.GoalBlock> blocks : result.blocks().values()) {
                for (Results.GoalBlock block : blocks) {
                    for (Results.Line line : block.lines()) {
                        write(sheet.createRow(r++), cells(block, line, language), null);
                    }
                }
            }
            sheet.createFreezePane(3, 1);
            swotSheet(book.createSheet(messages.get(language, "relevance.swot.title")), swot, bold, language);
            examplesSheet(book.createSheet(messages.get(language, "relevance.report.examples")), examples, bold,
                    language);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The SWOT points, one row each: dimension, kind, the point, its targets, the evidence it cites one item a line
     * with its link (text cells only).
     */
    private void swotSheet(Sheet sheet, List<Swot.Point> swot, CellStyle bold, Language language) {
        write(sheet.createRow(0), List.of(messages.get(language, "relevance.result.dimension"),
                messages.get(language, "relevance.swot.kind"), messages.get(language, "relevance.swot.text"),
                messages.get(language, "relevance.swot.targets"), messages.get(language, "relevance.swot.evidence")),
                bold);
        int r = 1;
        for (Swot.Point p : swot) {
            List<String> cited = new ArrayList<>(p.cited().stream().map(e -> cited(e, language)).toList());
            if (p.gone() > 0) {
                cited.add(messages.get(language, "relevance.swot.cited-gone.plural", p.gone()));
            }
            write(sheet.createRow(r++), List.of(messages.get(language, "goals.dimension." + p.row().dimension()),
                    messages.get(language, "relevance.swot.kind." + p.row().kind()), p.row().text(),
                    String.join(", ", p.row().targetCodes()), String.join("\n", cited)), null);
        }
    }

    /** The good-practice examples the units' answers cite, one row each: unit, target, example, link. */
    private void examplesSheet(Sheet sheet, List<AnswerExamples.Cited> examples, CellStyle bold, Language language) {
        write(sheet.createRow(0), List.of(messages.get(language, "relevance.field.unit"),
                messages.get(language, "relevance.result.target"), messages.get(language, "relevance.report.example"),
                messages.get(language, "relevance.report.link")), bold);
        int r = 1;
        for (AnswerExamples.Cited c : examples) {
            write(sheet.createRow(r++), List.of(c.unit(), c.target().code(), c.example().title(), c.example().href()),
                    null);
        }
    }

    /** A cited piece of evidence as a line: source, words (an indicator's status translated), link. */
    private String cited(Evidence e, Language language) {
        String status = e.progress() == null ? "" : " – " + messages.get(language, "indicator.status." + e.progress());
        return e.sourceTitle() + ": " + e.label() + status + " (" + e.href() + ")";
    }

    private List<String> cells(Results.GoalBlock block, Results.Line line, Language language) {
        List<String> cells = new ArrayList<>(List.of(block.goal().code(), line.target().code(),
                line.target().label(language.code()).value()));
        line.cells().forEach(c -> cells.add(level(c, language)));
        Overall overall = line.overall();
        cells.add(level(overall.value(), language));
        cells.add(overall.decided() ? messages.get(language, "relevance.result.derived.decided", overall.reason())
                : overall.value() == null ? "" : messages.get(language, "relevance.result.derived.highest"));
        cells.add(line.control() == null ? "" : messages.get(language, "relevance.control." + line.control()));
        cells.add(line.prioritised() ? messages.get(language, "relevance.prioritised") : "");
        cells.add(line.prioritised() ? line.decision().justification() : "");
        return cells;
    }

    private String level(Relevance value, Language language) {
        return messages.get(language, "relevance.level." + (value == null ? "NONE" : value.name()));
    }

    private static void write(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
        }
    }

    /** The report page's XHTML as a PDF, through the platform's one renderer (Arabic and Persian shaped). */
    byte[] pdf(String xhtml) {
        return pdf.render(xhtml);
    }
}
