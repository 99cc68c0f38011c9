package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.csv.Csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Kolada's shapes, read: the KPI catalogue ({@code /v3/kpi}: {@code {"count", "values": [{id, title, description,
 * is_divided_by_gender, municipality_type, operating_area, ...}], "next_url"}}, or rKolada's plain array), values
 * ({@code /v3/data/kpi/{ids}/municipality/{ids}}: {@code {"values": [{kpi, municipality, period, values: [{gender,
 * count, status, value}]}], "next_url"}}; v2's {@code next_page}) and rKolada's simplified CSV
 * ({@code gender,count,status,value,kpi,year,municipality_id,municipality,municipality_type}).
 */
@Singleton
class KoladaFormat {

    /** A KPI of the catalogue. */
    record Kpi(String id, String title, String description, boolean dividedByGender, String municipalityType,
               String operatingArea) {
    }

    /** One value: KPI, municipality (or group) id, year, gender (T, K, M) and the value. */
    record Value(String kpi, String municipality, int year, String gender, double value) {
    }

    /** One page of a paged answer: its items and the address of the next page (null on the last). */
    record Page<T>(List<T> items, @Nullable String next) {
    }

    private final JsonMapper json;

    KoladaFormat(JsonMapper json) {
        this.json = json;
    }

    Page<Kpi> kpis(byte[] content) {
        JsonNode root = parse(content);
        List<Kpi> kpis = new ArrayList<>();
        for (JsonNode item : items(root).values()) {
            String id = text(item, "id");
            if (id.isEmpty()) {
                continue;
            }
            JsonNode gender = item.get("is_divided_by_gender");
            kpis.add(new Kpi(id, text(item, "title"), text(item, "description"),
                    gender != null && (gender.isBoolean() ? gender.getBooleanValue() : gender.coerceStringValue()
                            .equals("1")), text(item, "municipality_type"), text(item, "operating_area")));
        }
        return new Page<>(kpis, next(root));
    }

    Page<Value> values(byte[] content) {
        JsonNode root = parse(content);
        List<Value> values = new ArrayList<>();
        for (JsonNode row : items(root).values()) {
            String kpi = text(row, "kpi");
            String municipality = text(row, "municipality");
            JsonNode period = row.get("period");
            JsonNode inner = row.get("values");
            if (kpi.isEmpty() || municipality.isEmpty() || period == null || inner == null) {
                throw new InvalidRequestException("indicator.import.error.format");
            }
            int year = period.isNumber() ? period.getIntValue() : Integer.parseInt(period.coerceStringValue());
            for (JsonNode v : inner.values()) {
                JsonNode value = v.get("value");
                if (value != null && value.isNumber()) {
                    values.add(new Value(kpi, municipality, year, gender(text(v, "gender")), value.getDoubleValue()));
                }
            }
        }
        return new Page<>(values, next(root));
    }

    /** rKolada's CSV: columns by name, a missing value left out. */
    List<Value> csv(String text) {
        List<Csv.Row> rows = Csv.read(Csv.withoutBom(text));
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.getFirst().cells().stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        int kpi = header.indexOf("kpi");
        int municipality = header.indexOf("municipality_id");
        int year = header.indexOf("year");
        int gender = header.indexOf("gender");
        int value = header.indexOf("value");
        if (kpi < 0 || municipality < 0 || year < 0 || value < 0) {
            throw new InvalidRequestException("indicator.import.error.columns");
        }
        List<Value> values = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            Double number = Numbers.decimal(row.cell(value));
            Integer y = Numbers.year(row.cell(year));
            if (number == null || y == null) {
                continue;
            }
            values.add(new Value(row.cell(kpi).strip(), pad(row.cell(municipality).strip()), y,
                    gender(gender < 0 ? "" : row.cell(gender)), number));
        }
        return values;
    }

    /** A municipality id read as a number loses its leading zeros (0180 -> 180): four digits again. */
    private static String pad(String id) {
        return id.matches("[0-9]{1,3}") ? "0".repeat(4 - id.length()) + id : id;
    }

    private static String gender(String gender) {
        String g = gender.strip().toUpperCase(Locale.ROOT);
        return g.equals("K") || g.equals("M") ? g : ValueRow.TOTAL;
    }

    private JsonNode parse(byte[] content) {
        try {
            return json.readValue(new String(content, StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("indicator.import.error.format");
        }
    }

    private static JsonNode items(JsonNode root) {
        if (root.isArray()) {
            return root;
        }
        JsonNode values = root.isObject() ? root.get("values") : null;
        if (values == null || !values.isArray()) {
            throw new InvalidRequestException("indicator.import.error.format");
        }
        return values;
    }

    private static @Nullable String next(JsonNode root) {
        if (!root.isObject()) {
            return null;
        }
        for (String name : List.of("next_url", "next_page")) {
            JsonNode next = root.get(name);
            if (next != null && next.isString() && !next.getStringValue().isBlank()) {
                return next.getStringValue();
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : value.coerceStringValue().strip();
    }
}
