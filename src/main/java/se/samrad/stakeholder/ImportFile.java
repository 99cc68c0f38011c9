package se.samrad.stakeholder;

import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.csv.Csv;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV or XLSX file to import, read once: its data rows and which cell holds which column (by the header's names,
 * any case, in any order). Refused when empty, too large, or without the columns the import needs.
 */
record ImportFile(Map<String, Integer> columns, List<Csv.Row> rows) {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    static ImportFile read(byte[] file, String headerError, String... required) {
        if (file.length == 0) {
            throw new InvalidRequestException("stakeholder.import.error.empty");
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidRequestException("stakeholder.import.error.too-large");
        }
        List<Csv.Row> rows = Sheets.read(file);
        if (rows.isEmpty()) {
            throw new InvalidRequestException("stakeholder.import.error.empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        Csv.Row header = rows.get(0);
        for (int i = 0; i < header.cells().size(); i++) {
            columns.putIfAbsent(header.cell(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String column : required) {
            if (!columns.containsKey(column)) {
                throw new InvalidRequestException(headerError);
            }
        }
        return new ImportFile(columns, rows.subList(1, rows.size()));
    }

    /** The row's cell in that column, "" when the file has no such column. */
    String cell(Csv.Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index).strip();
    }

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
