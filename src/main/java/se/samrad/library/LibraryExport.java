package se.samrad.library;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import se.samrad.goals.Framework;
import se.samrad.platform.csv.Csv;
import se.samrad.platform.security.CurrentUser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Export of an organisation's examples as CSV or JSON, in the shape {@link LibraryImport} reads. */
@Singleton
class LibraryExport {

    private final Library library;
    private final JsonMapper json;
    private final List<String> languages;

    LibraryExport(Library library, JsonMapper json, se.samrad.platform.i18n.Messages messages) {
        this.library = library;
        this.json = json;
        this.languages = messages.languages().stream().map(l -> l.code()).toList();
    }

    /** The organisation's examples in the import's shape. */
    String export(CurrentUser user, LibraryImport.Format format) {
        List<Example> examples = library.mine(user);
        List<Map<String, String>> records = new ArrayList<>();
        for (Example e : examples) {
            Map<String, String> r = new LinkedHashMap<>();
            ExampleTexts own = e.texts().getOrDefault(e.lang(), e.in(e.lang()).texts());
            ExampleTexts.FIELDS.forEach(f -> r.put(f, own.get(f)));
            r.put("lang", e.lang());
            r.put("type", e.kind().name());
            r.put("municipality", e.municipality());
            r.put("region", e.region());
            r.put("year_from", e.yearFrom() == null ? "" : e.yearFrom().toString());
            r.put("year_to", e.yearTo() == null ? "" : e.yearTo().toString());
            r.put("costs", e.costs());
            r.put("contact", e.contact());
            r.put("dimensions", String.join(";", e.dimensions().stream().map(Enum::name).sorted().toList()));
            r.put("tags", String.join(";", e.tags()));
            r.put("links", String.join(" ", e.links()));
            r.put("visibility", e.visibility().name());
            r.put("network", e.networkName() == null ? "" : e.networkName());
            r.put("targets", String.join(";", e.targets().stream().map(t -> t.frameworkKey().equals(Framework.AGENDA_2030)
                    ? t.code() : t.frameworkKey() + ":" + t.code()).toList()));
            r.put("indicators", String.join(";", e.indicators().stream().map(i -> String.join("|", i.name(), i.unit(),
                    ExampleForm.number(i.valueBefore()), i.yearBefore() == null ? "" : i.yearBefore().toString(),
                    ExampleForm.number(i.valueAfter()), i.yearAfter() == null ? "" : i.yearAfter().toString())).toList()));
            r.put("status", e.status().name());
            e.texts().forEach((lang, t) -> {
                if (!lang.equals(e.lang())) {
                    ExampleTexts.FIELDS.forEach(f -> r.put(f + "_" + lang, t.get(f)));
                }
            });
            records.add(r);
        }
        if (format == LibraryImport.Format.JSON) {
            try {
                return json.writeValueAsString(records);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        List<String> header = new ArrayList<>(LibraryImport.COLUMNS);
        header.add("status");
        for (String lang : languages) {
            ExampleTexts.FIELDS.forEach(f -> header.add(f + "_" + lang));
        }
        return Csv.write(header, records.stream().map(r -> header.stream().map(h -> r.getOrDefault(h, "")).toList())
                .toList());
    }
}
