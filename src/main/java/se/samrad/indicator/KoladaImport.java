package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Kolada into Samråd: the KPI catalogue, and values for the KPIs the organisation follows, from a file or from
 * Kolada's API. The organisation's own municipality id becomes its own series, 0000 the country; the comparison
 * group's municipalities and groups keep their ids; values of anyone else, and of KPIs not followed, are counted
 * as skipped. Importing the same again changes nothing and says so.
 */
@Singleton
public class KoladaImport {

    /** What an import of values did. */
    public record Result(IndicatorValues.Report values, int skipped) {
    }

    /** What an import of the catalogue did. */
    public record CatalogueResult(int added, int changed, int unchanged) {
    }

    private final KoladaKpiRowRepository catalogue;
    private final Indicators indicators;
    private final IndicatorValues values;
    private final ComparisonAreas areas;
    private final KoladaClient client;
    private final IndicatorPermissions permissions;
    private final Clock clock;

    KoladaImport(KoladaKpiRowRepository catalogue, Indicators indicators, IndicatorValues values,
                 ComparisonAreas areas, KoladaClient client, IndicatorPermissions permissions, Clock clock) {
        this.catalogue = catalogue;
        this.indicators = indicators;
        this.values = values;
        this.areas = areas;
        this.client = client;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** Adds new KPIs to the catalogue and updates changed ones. */
    @Transactional
    public CatalogueResult catalogue(CurrentUser user, List<KoladaFormat.Kpi> kpis) {
        permissions.requireEdit(user);
        Map<String, KoladaKpiRow> existing = new HashMap<>();
        catalogue.findAll().forEach(k -> existing.put(k.id(), k));
        Instant now = clock.instant();
        List<KoladaKpiRow> inserts = new ArrayList<>();
        List<KoladaKpiRow> updates = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (KoladaFormat.Kpi k : kpis) {
            if (!seen.add(k.id()) || k.id().length() > 12) {
                continue;
            }
            KoladaKpiRow row = new KoladaKpiRow(k.id(), cut(k.title(), 500), cut(k.description(), 4000),
                    k.dividedByGender(), cut(k.municipalityType(), 4), cut(k.operatingArea(), 300), now);
            KoladaKpiRow old = existing.get(k.id());
            if (old == null) {
                inserts.add(row);
            } else if (!old.sameAs(row)) {
                updates.add(row);
            }
        }
        catalogue.saveAll(inserts);
        catalogue.updateAll(updates);
        return new CatalogueResult(inserts.size(), updates.size(), seen.size() - inserts.size() - updates.size());
    }

    public List<KoladaKpiRow> search(CurrentUser user, String text) {
        permissions.requireRead(user);
        return text.isBlank() ? List.of() : catalogue.search(text.strip());
    }

    /** Follows a catalogue KPI: a new indicator with Kolada's title, description and gender split. */
    @Transactional
    public IndicatorRow follow(CurrentUser user, String kpiId, Direction direction) {
        KoladaKpiRow kpi = catalogue.findById(kpiId).orElseThrow(() -> new InvalidRequestException(
                "indicator.kolada.error.unknown-kpi"));
        return indicators.create(user, new IndicatorCommand(cut(kpi.title(), 300), kpi.id(), kpi.description(),
                unit(kpi.title()), direction, "Kolada", "", "", "", "", kpi.dividedByGender()));
    }

    /** Kolada's titles end with their unit after the last comma: "Ohälsotal, dagar" is in days. */
    static String unit(String title) {
        int comma = title.lastIndexOf(',');
        String unit = comma < 0 ? "" : title.substring(comma + 1).strip();
        return unit.length() <= 60 ? unit : "";
    }

    /** Which of Kolada's ids are the organisation's: its KPIs followed, its own municipality, its areas. */
    private record Mapping(long organisationId, Map<String, Long> followed, String own, Set<String> known) {

        Result store(IndicatorValues values, List<KoladaFormat.Value> rows) {
            List<IndicatorValues.Entry> entries = new ArrayList<>();
            int skipped = 0;
            for (KoladaFormat.Value v : rows) {
                Long indicator = followed.get(v.kpi());
                String series = v.municipality().equals(own) ? ValueRow.OWN
                        : known.contains(v.municipality()) ? v.municipality() : null;
                if (indicator == null || series == null) {
                    skipped++;
                    continue;
                }
                entries.add(new IndicatorValues.Entry(indicator, series, v.year(), v.gender(), v.value()));
            }
            return new Result(values.write(organisationId, entries, ValueOrigin.KOLADA), skipped);
        }
    }

    private Mapping mapping(long organisationId) {
        Map<String, Long> followed = new HashMap<>();
        indicators.all(organisationId).stream().filter(IndicatorRow::fromKolada)
                .forEach(i -> followed.put(i.koladaId(), i.id()));
        String own = areas.settings(organisationId).koladaMunicipality();
        Set<String> known = new java.util.HashSet<>(areas.titles(organisationId).keySet());
        known.add(ValueRow.NATIONAL);
        return new Mapping(organisationId, followed, own == null ? "" : own, known);
    }

    /** Stores the values that belong to the organisation's Kolada indicators and areas. */
    public Result values(CurrentUser user, List<KoladaFormat.Value> rows, String what) {
        long organisationId = permissions.requireEdit(user);
        Result result = mapping(organisationId).store(values, rows);
        values.recorded(organisationId, user, what, result.values());
        return result;
    }

    /** Fetches every year of the organisation's Kolada indicators for it, its comparison group and the country. */
    public Result refresh(CurrentUser user) {
        return refresh(permissions.requireEdit(user), user);
    }

    /** As {@link #refresh(CurrentUser)}, for the organisation; {@code user} null when the schedule runs it. */
    Result refresh(long organisationId, @Nullable CurrentUser user) {
        return refresh(organisationId, user, soFar -> { });
    }

    /** Throws (with the message key to show) when a fetch for the organisation cannot start; else its KPIs. */
    List<String> checkRefresh(long organisationId) {
        if (!client.configured()) {
            throw new InvalidRequestException("indicator.kolada.error.unreachable");
        }
        List<String> kpis = indicators.all(organisationId).stream().filter(IndicatorRow::fromKolada)
                .map(IndicatorRow::koladaId).toList();
        if (kpis.isEmpty() || areas.settings(organisationId).koladaMunicipality() == null) {
            throw new InvalidRequestException("indicator.kolada.error.nothing");
        }
        return kpis;
    }

    /** As {@link #refresh(long, CurrentUser)}, telling {@code progress} the running total after every page. */
    Result refresh(long organisationId, @Nullable CurrentUser user, Consumer<Result> progress) {
        List<String> kpis = checkRefresh(organisationId);
        String own = areas.settings(organisationId).koladaMunicipality();
        Set<String> municipalities = new LinkedHashSet<>(List.of(own, ValueRow.NATIONAL));
        municipalities.addAll(areas.titles(organisationId).keySet());
        // Page by page, each in its own transaction: millions of values never sit in memory at once.
        Mapping mapping = mapping(organisationId);
        Result[] total = {new Result(new IndicatorValues.Report(0, 0, 0), 0)};
        client.values(kpis, List.copyOf(municipalities), page -> {
            Result part = mapping.store(values, page);
            total[0] = new Result(total[0].values().plus(part.values()), total[0].skipped() + part.skipped());
            progress.accept(total[0]);
        });
        values.recorded(organisationId, user, "kolada-api", total[0].values());
        return total[0];
    }

    /** Kolada's whole KPI catalogue from its API. */
    List<KoladaFormat.Kpi> fetchCatalogue() {
        if (!client.configured()) {
            throw new InvalidRequestException("indicator.kolada.error.unreachable");
        }
        return client.catalogue();
    }

    boolean canFetch() {
        return client.configured();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
