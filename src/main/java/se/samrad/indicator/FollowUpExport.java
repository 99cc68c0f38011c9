package se.samrad.indicator;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samrad.goals.GoalElement;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.pdf.PdfDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The follow-up table as a spreadsheet, in the reader's language and with the columns they chose: CSV through the
 * one CSV writer (formulas neutralised) and XLSX (cells written as text, so nothing in them is ever a formula), and
 * as a printable PDF document (a heading per group, then its rows) for the platform's PDF renderer.
 */
@Singleton
class FollowUpExport {

    private final Messages messages;

    FollowUpExport(Messages messages) {
        this.messages = messages;
    }

    /** Header and rows: the group, the indicator, then the chosen columns in their order. */
    List<List<String>> table(List<FollowUp.Group> groups, Set<FollowUp.Column> columns, Language language) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(messages.get(language, "indicator.follow-up.group"),
                messages.get(language, "indicator.field.title")));
        for (FollowUp.Column c : FollowUp.Column.values()) {
            if (columns.contains(c)) {
                header.add(messages.get(language, "indicator.column." + c));
            }
        }
        rows.add(header);
        NumberFormat numbers = NumberFormat.getNumberInstance(language.locale());
        for (FollowUp.Group group : groups) {
            String heading = group.goal() != null ? label(group.goal(), language)
                    : group.labelKey().isEmpty() ? group.label() : messages.get(language, group.labelKey());
            for (FollowUp.Row row : group.rows()) {
                List<String> cells = new ArrayList<>(List.of(heading, row.figures().indicator().title()));
                for (FollowUp.Column c : FollowUp.Column.values()) {
                    if (columns.contains(c)) {
                        cells.add(cell(c, row, language, numbers));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private String cell(FollowUp.Column column, FollowUp.Row row, Language language, NumberFormat numbers) {
        IndicatorRow indicator = row.figures().indicator();
        Signal s = row.figures().signal();
        return switch (column) {
            case TARGET -> row.target() == null ? "" : label(row.target(), language);
            case DIMENSION -> String.join(", ", row.dimensions().stream()
                    .map(d -> messages.get(language, "goals.dimension." + d)).toList());
            case KEYWORD -> indicator.keyword();
            case LATEST -> s.latest() == null ? "" : numbers.format(s.latest().value()) + " "
                    + indicator.unit() + " (" + s.latest().year() + ")";
            case COMPARISON -> s.national() == null ? "" : messages.get(language, "indicator.series.national") + " "
                    + numbers.format(s.national());
            case STEERING -> indicator.steeringDocument();
            case DESIRED -> row.desired() == null ? "" : numbers.format(row.desired().value()) + " ("
                    + row.desired().year() + ")" + (row.desired().note().isEmpty() ? "" : " " + row.desired().note());
            case SIGNAL -> messages.get(language, "indicator.status." + s.progress().status());
            case TREND -> s.trend() == null ? "" : messages.get(language, "indicator.trend." + s.trend().arrow());
            case RANK -> s.rank() == null ? "" : messages.get(language, "indicator.rank." + s.rank());
        };
    }

    private static String label(GoalElement element, Language language) {
        return (element.code() + " " + element.label(language.code()).value()).strip();
    }

    String csv(List<List<String>> table) {
        return Csv.write(table.getFirst(), table.subList(1, table.size()));
    }

    byte[] xlsx(List<List<String>> table) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Uppföljning");
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same table as a document: each group (the first column) a heading over a table of the other columns. */
    PdfDocument document(List<List<String>> table, Language language) {
        PdfDocument document = new PdfDocument(messages.get(language, "indicator.follow-up.title"), true)
                .paragraph(messages.get(language, "indicator.follow-up.lead"));
        List<String> header = table.getFirst().subList(1, table.getFirst().size());
        List<List<String>> rows = new ArrayList<>();
        String group = null;
        for (List<String> row : table.subList(1, table.size())) {
            if (group != null && !group.equals(row.getFirst())) {
                document.heading(group).table(header, rows, true);
                rows = new ArrayList<>();
            }
            group = row.getFirst();
            rows.add(row.subList(1, row.size()));
        }
        if (group != null) {
            document.heading(group).table(header, rows, true);
        } else {
            document.paragraph(messages.get(language, "indicator.none"));
        }
        return document.paragraph(messages.get(language, "indicator.kolada.source-where"));
    }
}
