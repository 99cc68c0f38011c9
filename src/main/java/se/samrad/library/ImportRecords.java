package se.samrad.library;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.csv.Csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import file read into records, one per example: column (JSON key) in lower case to text, arrays joined by
 * {@code ;}, and {@code #line} the line (or item) number that errors name.
 */
final class ImportRecords {

    private ImportRecords() {
    }

    static List<Map<String, String>> fromCsv(String content) {
        List<Csv.Row> rows = Csv.read(content);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.contains("title")) {
            throw new InvalidRequestException("library.import.header");
        }
        List<Map<String, String>> records = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < row.cells().size(); i++) {
                record.put(header.get(i), row.cells().get(i));
            }
            record.put("#line", String.valueOf(row.line()));
            records.add(record);
        }
        return records;
    }

    static List<Map<String, String>> fromJson(JsonMapper json, String content) {
        JsonNode root;
        try {
            root = json.readValue(content, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("library.import.json");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidRequestException("library.import.json");
        }
        List<Map<String, String>> records = new ArrayList<>();
        int n = 0;
        for (JsonNode item : root.values()) {
            n++;
            Map<String, String> record = new LinkedHashMap<>();
            if (item.isObject()) {
                for (Map.Entry<String, JsonNode> entry : item.entries()) {
                    JsonNode value = entry.getValue();
                    String text;
                    if (value.isArray()) {
                        List<String> parts = new ArrayList<>();
                        value.values().forEach(v -> parts.add(v.isString() ? v.getStringValue() : v.toString()));
                        text = String.join(";", parts);
                    } else if (value.isNull()) {
                        text = "";
                    } else {
                        text = value.isString() ? value.getStringValue() : value.coerceStringValue();
                    }
                    record.put(entry.getKey().toLowerCase(Locale.ROOT), text);
                }
            }
            record.put("#line", String.valueOf(n));
            records.add(record);
        }
        return records;
    }
}
