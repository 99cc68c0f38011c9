package se.samrad.platform.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as spreadsheet programs read and write it, the same way for every import and export (library, dialogue,
 * workshop), over Apache Commons CSV (RFC 4180: quoted fields with doubled quotes and line breaks inside).
 * <ul>
 *   <li>Reading: a byte-order mark is dropped; the delimiter is a comma, or a semicolon (as Swedish Excel saves
 *   "CSV") when the header line has more semicolons than commas outside quotes; blank lines are skipped; the
 *   apostrophe the writer put in front of a formula-like cell is taken off again (so an exported file imports as
 *   it was); every row carries the line it starts on, so that errors can name it.</li>
 *   <li>Writing: UTF-8 with a byte-order mark (so Excel reads the letters right), CRLF line ends, and a cell
 *   that a spreadsheet program would take as a formula ({@code = + - @}, tab or carriage return first) gets an
 *   apostrophe in front, as OWASP advises against CSV injection; a plain number such as {@code -3} stays a
 *   number.</li>
 * </ul>
 */
public final class Csv {

    public static final char BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** A row read, with the 1-based line of the file it starts on. */
    public record Row(long line, List<String> cells) {

        /** The cell at {@code index}, or empty when the row is shorter. */
        public String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The file is not CSV that can be read (e.g. a quoted field never closed); {@link #line()} is where. */
    public static final class MalformedException extends se.samrad.platform.InvalidRequestException {

        private final long line;

        MalformedException(long line) {
            super("csv.error.malformed");
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    /** Every non-blank row of {@code text}, the header first. */
    public static List<Row> read(String text) {
        String content = withoutBom(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(content)).setIgnoreEmptyLines(true)
                .get();
        List<Row> rows = new ArrayList<>();
        LineCounter lines = new LineCounter(content);
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.stream().map(Csv::restore).toList();
                if (cells.size() == 1 && cells.get(0).isBlank()) {
                    continue;
                }
                rows.add(new Row(lines.lineAt(record.getCharacterPosition()), cells));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedException(rows.isEmpty() ? 1 : after(rows.get(rows.size() - 1)));
        }
        return rows;
    }

    /** The line after {@code row} (a quoted cell may span lines). */
    private static long after(Row row) {
        return row.line() + 1 + row.cells().stream().mapToLong(c -> c.chars().filter(ch -> ch == '\n').count()).sum();
    }

    /** {@code text} without a leading byte-order mark. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
    }

    /** Semicolon when the first line has more semicolons than commas outside quotes, otherwise comma. */
    static char delimiter(String content) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The cell as written: with an apostrophe in front when a spreadsheet program would run it as a formula. */
    public static String neutralise(String cell) {
        if (cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0 || isPlainNumber(cell)) {
            return cell;
        }
        return "'" + cell;
    }

    /** A cell as it was before {@link #neutralise}: the apostrophe written in front of a formula goes again. */
    static String restore(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0
                && !isPlainNumber(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean isPlainNumber(String cell) {
        return cell.matches("[+-]?\\d{1,30}([.,]\\d{1,30})?");
    }

    /** A writer of rows to {@code out}, which gets the byte-order mark at once. */
    public static CsvWriter writer(Writer out) {
        return new CsvWriter(out);
    }

    /** A whole file: the byte-order mark, the header and the rows. */
    public static String write(List<String> header, Iterable<? extends List<String>> rows) {
        java.io.StringWriter out = new java.io.StringWriter();
        CsvWriter writer = writer(out);
        writer.row(header);
        rows.forEach(writer::row);
        writer.flush();
        return out.toString();
    }

    /** Turns character positions into line numbers, reading forward only (positions come in order). */
    private static final class LineCounter {
        private final String content;
        private int position;
        private long line = 1;

        LineCounter(String content) {
            this.content = content;
        }

        long lineAt(long characterPosition) {
            int target = (int) Math.min(characterPosition, content.length());
            for (; position < target; position++) {
                char c = content.charAt(position);
                if (c == '\n' || (c == '\r' && (position + 1 >= content.length() || content.charAt(position + 1) != '\n'))) {
                    line++;
                }
            }
            // a record's position is where the parser stood before it, ahead of the blank lines it skipped
            while (position < content.length() && (content.charAt(position) == '\n' || content.charAt(position) == '\r')) {
                if (content.charAt(position) == '\n' || position + 1 >= content.length()
                        || content.charAt(position + 1) != '\n') {
                    line++;
                }
                position++;
            }
            return line;
        }
    }
}
