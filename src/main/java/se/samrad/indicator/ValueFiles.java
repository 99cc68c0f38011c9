package se.samrad.indicator;

import jakarta.inject.Singleton;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.csv.Csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an uploaded file of values, whatever its shape: Kolada's JSON (v3 or v2), rKolada's CSV (it has a
 * {@code municipality_id} column), or Samråd's bulk sheet as CSV or XLSX for many indicators at once (also what
 * other systems such as Stratsys or Hypergene can export): columns {@code indicator} (Samråd id or Kolada id),
 * {@code series} (OWN when empty, 0000 for the country, else a comparison code), {@code year}, {@code gender}
 * (T when empty) and {@code value}.
 */
@Singleton
class ValueFiles {

    /** What a file held: Kolada values, bulk values, and the bulk lines that could not be read (by number). */
    record Parsed(List<KoladaFormat.Value> kolada, List<IndicatorValues.Entry> bulk, List<Long> badLines) {
    }

    private static final byte[] ZIP = {'P', 'K'};

    private final KoladaFormat kolada;

    ValueFiles(KoladaFormat kolada) {
        this.kolada = kolada;
    }

    /** Reads the file; {@code indicators} maps a Samråd id or Kolada id to the organisation's indicator id. */
    Parsed read(byte[] content, Map<String, Long> indicators) {
        if (content.length >= 2 && content[0] == ZIP[0] && content[1] == ZIP[1]) {
            return bulk(xlsx(content), indicators);
        }
        String text = Csv.withoutBom(new String(content, StandardCharsets.UTF_8));
        String start = text.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return new Parsed(kolada.values(content).items(), List.of(), List.of());
        }
        List<Csv.Row> rows = Csv.read(text);
        if (!rows.isEmpty() && rows.getFirst().cells().stream().anyMatch(c -> c.strip().equalsIgnoreCase(
                "municipality_id"))) {
            return new Parsed(kolada.csv(text), List.of(), List.of());
        }
        List<List<String>> cells = new ArrayList<>();
        rows.forEach(r -> cells.add(r.cells()));
        return bulk(cells, indicators);
    }

    private static Parsed bulk(List<List<String>> rows, Map<String, Long> indicators) {
        if (rows.isEmpty()) {
            throw new InvalidRequestException("indicator.import.error.empty");
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = rows.getFirst();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (!column.containsKey("indicator") || !column.containsKey("year") || !column.containsKey("value")) {
            throw new InvalidRequestException("indicator.import.error.columns");
        }
        List<IndicatorValues.Entry> entries = new ArrayList<>();
        List<Long> bad = new ArrayList<>();
        for (int line = 1; line < rows.size(); line++) {
            List<String> row = rows.get(line);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Long indicator = indicators.get(cell(row, column.get("indicator")));
            Integer year = Numbers.year(cell(row, column.get("year")));
            Double value = Numbers.decimal(cell(row, column.get("value")));
            String series = cell(row, column.get("series"));
            String gender = cell(row, column.get("gender")).toUpperCase(Locale.ROOT);
            series = series.isEmpty() ? ValueRow.OWN : series.toUpperCase(Locale.ROOT);
            gender = gender.isEmpty() ? ValueRow.TOTAL : gender;
            if (indicator == null || year == null || value == null || !gender.matches("[TKM]")
                    || !series.matches("OWN|[0-9]{4}|G[0-9]{1,10}")) {
                bad.add((long) line + 1);
                continue;
            }
            entries.add(new IndicatorValues.Entry(indicator, series, year, gender, value));
        }
        return new Parsed(List.of(), entries, bad);
    }

    private static String cell(List<String> row, Integer index) {
        return index == null || index >= row.size() || row.get(index) == null ? "" : row.get(index).strip();
    }

    /** The first sheet's cells as the sheet shows them. */
    private static List<List<String>> xlsx(byte[] content) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("indicator.import.error.format");
        }
    }
}
