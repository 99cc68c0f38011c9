package se.samrad.indicator;

import jakarta.inject.Singleton;
import se.samrad.platform.security.CurrentUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An uploaded file of values (Kolada's JSON or CSV, or Samråd's bulk CSV or XLSX) stored for the organisation. */
@Singleton
public class FileImport {

    /** What the file did: values added, changed and unchanged, rows skipped, and bulk lines that were wrong. */
    public record Result(IndicatorValues.Report values, int skipped, List<Long> badLines) {
    }

    private final ValueFiles files;
    private final KoladaImport kolada;
    private final IndicatorValues values;
    private final Indicators indicators;
    private final IndicatorPermissions permissions;

    FileImport(ValueFiles files, KoladaImport kolada, IndicatorValues values, Indicators indicators,
               IndicatorPermissions permissions) {
        this.files = files;
        this.kolada = kolada;
        this.values = values;
        this.indicators = indicators;
        this.permissions = permissions;
    }

    public Result importFile(CurrentUser user, byte[] content) {
        long organisationId = permissions.requireEdit(user);
        Map<String, Long> byKey = new HashMap<>();
        for (IndicatorRow row : indicators.all(organisationId)) {
            byKey.put(Long.toString(row.id()), row.id());
            if (row.koladaId() != null) {
                byKey.put(row.koladaId(), row.id());
            }
        }
        ValueFiles.Parsed parsed = files.read(content, byKey);
        if (!parsed.kolada().isEmpty()) {
            KoladaImport.Result result = kolada.values(user, parsed.kolada(), "file");
            return new Result(result.values(), result.skipped(), List.of());
        }
        IndicatorValues.Report report = values.write(user, parsed.bulk(), ValueOrigin.FILE, "file");
        return new Result(report, 0, parsed.badLines());
    }
}
