package se.samrad.dialogue;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.samrad.goals.Text;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.csv.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw answers as a spreadsheet: one row per submitted response, one column per question (every version's),
 * choices written out as their labels in the dialogue's own language. CSV (UTF-8 with a byte-order mark, so
 * that spreadsheet programs read å, ä, ö and Arabic right) and XLSX, both streamed, never held in memory whole.
 */
@Singleton
class AnswerExport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int XLSX_ROWS_IN_MEMORY = 200;
    /** Spreadsheet programs run text starting with these as a formula; such cells get a leading apostrophe. */

    private final Results results;
    private final AnswerStream stream;
    private final ZoneId zone;

    AnswerExport(Results results, AnswerStream stream,
                 ZoneId zone) {
        this.results = results;
        this.stream = stream;
        this.zone = zone;
    }

    /** The column headings and, per response, the cells. */
    private record Columns(List<Question> questions, List<String> headings) {
    }

    private Columns columns(Dialogue dialogue, String headingLabel) {
        List<Question> questions = new ArrayList<>(results.allQuestions(dialogue).keySet());
        List<String> headings = new ArrayList<>(List.of("response", "submitted", "language"));
        for (Question q : questions) {
            headings.add(q.key() + ": " + dialogue.pick(q.text(), dialogue.ownLanguage()).value());
            if (q.other()) {
                headings.add(q.key() + ": " + headingLabel);
            }
        }
        return new Columns(questions, headings);
    }

    private List<String> cells(Dialogue dialogue, Columns columns, ExportedResponse response) {
        Map<String, List<AnswerRow>> byQuestion = new LinkedHashMap<>();
        response.answers().forEach(a -> byQuestion.computeIfAbsent(a.questionKey(), k -> new ArrayList<>()).add(a));
        List<String> cells = new ArrayList<>(List.of(String.valueOf(response.id()),
                TIME.format(response.submittedAt().atZone(zone)), response.lang()));
        String lang = dialogue.ownLanguage();
        for (Question q : columns.questions()) {
            List<AnswerRow> answers = byQuestion.getOrDefault(q.key(), List.of());
            List<String> parts = new ArrayList<>();
            String other = "";
            for (AnswerRow a : answers) {
                if (q.type().isText()) {
                    parts.add(a.text());
                } else if (q.type() == QuestionType.NUMBER || q.type().isScale()) {
                    parts.add(number(a.number()));
                } else {
                    Text label = results.optionLabel(dialogue, q, a.optionKey(), lang);
                    parts.add(Option.OTHER.equals(a.optionKey()) ? "other" : label.value());
                    if (Option.OTHER.equals(a.optionKey()) && a.text() != null) {
                        other = a.text();
                    }
                }
            }
            cells.add(String.join("; ", parts));
            if (q.other()) {
                cells.add(other);
            }
        }
        return cells;
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    /** The answers as CSV by the platform's rule ({@link Csv}): byte-order mark, formulas neutralised. */
    void csv(Dialogue dialogue, OutputStream out, String otherHeading) {
        Columns columns = columns(dialogue, otherHeading);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = Csv.writer(writer);
        csv.row(columns.headings());
        stream.eachSubmitted(dialogue.id(), response -> csv.row(cells(dialogue, columns, response)));
        csv.flush();
    }

    void xlsx(Dialogue dialogue, OutputStream out, String otherHeading, String sheetName) {
        Columns columns = columns(dialogue, otherHeading);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_ROWS_IN_MEMORY)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ").strip());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row heading = sheet.createRow(0);
            for (int i = 0; i < columns.headings().size(); i++) {
                Cell cell = heading.createCell(i);
                cell.setCellValue(columns.headings().get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] row = {1};
            stream.eachSubmitted(dialogue.id(), response -> {
                Row line = sheet.createRow(row[0]++);
                List<String> cells = cells(dialogue, columns, response);
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = line.createCell(i);
                    String value = cells.get(i);
                    if (i == 0 || isNumberColumn(columns, i) && !value.isEmpty() && !value.contains(";")) {
                        cell.setCellValue(Double.parseDouble(value));
                    } else {
                        // POI writes strings as strings (never formulas), so no apostrophe is needed here.
                        cell.setCellValue(value);
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNumberColumn(Columns columns, int index) {
        int column = 3;
        for (Question q : columns.questions()) {
            if (column == index) {
                return q.type() == QuestionType.NUMBER || q.type().isScale();
            }
            column += q.other() ? 2 : 1;
            if (column > index) {
                return false;
            }
        }
        return false;
    }
}
