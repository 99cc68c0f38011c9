package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Indicator values per series, year and gender: typed one at a time, or many at once from a file or Kolada.
 * Writing the same values twice changes nothing (each is unique by indicator, series, year and gender), and every
 * bulk write reports what was new, what changed and what was already there.
 */
@Singleton
public class IndicatorValues {

    /** One value to store. */
    public record Entry(long indicatorId, String series, int year, String gender, double value) {
        String key() {
            return series + "/" + year + "/" + gender;
        }
    }

    /** What a bulk write did. */
    public record Report(int added, int changed, int unchanged) {
        public int total() {
            return added + changed + unchanged;
        }

        public Report plus(Report other) {
            return new Report(added + other.added, changed + other.changed, unchanged + other.unchanged);
        }
    }

    private final ValueRowRepository values;
    private final ValueInserts writer;
    private final SummaryCache summaries;
    private final Indicators indicators;
    private final IndicatorPermissions permissions;
    private final AuditLog audit;
    private final Clock clock;

    IndicatorValues(ValueRowRepository values, ValueInserts inserts, SummaryCache summaries, Indicators indicators,
                    IndicatorPermissions permissions, AuditLog audit, Clock clock) {
        this.values = values;
        this.summaries = summaries;
        this.writer = inserts;
        this.indicators = indicators;
        this.permissions = permissions;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ValueRow> of(long organisationId, long indicatorId) {
        return values.ofIndicator(organisationId, indicatorId);
    }

    Map<Long, List<ValueRow>> of(long organisationId, Collection<Long> indicatorIds) {
        return indicatorIds.isEmpty() ? Map.of() : values.ofIndicators(organisationId, indicatorIds).stream()
                .collect(Collectors.groupingBy(ValueRow::indicatorId));
    }

    /** What lists show of these indicators (see {@link ValueRowRepository#forLists}). */
    Map<Long, List<ValueRow>> forLists(long organisationId, Collection<Long> indicatorIds) {
        return indicatorIds.isEmpty() ? Map.of() : values.forLists(organisationId, indicatorIds).stream()
                .collect(Collectors.groupingBy(ValueRow::indicatorId));
    }

    /** Sets one value typed on the page, or removes it when the value is blank. */
    @Transactional
    public void set(CurrentUser user, long indicatorId, ValueCommand command) {
        long organisationId = permissions.requireEdit(user);
        indicators.find(organisationId, indicatorId);
        int year = Integer.parseInt(command.year());
        Double value = Numbers.decimal(command.value());
        if (value == null) {
            values.deleteByOrganisationIdAndIndicatorIdAndSeriesAndYearAndGender(organisationId, indicatorId,
                    command.series(), year, command.genderOrTotal());
            summaries.invalidate(organisationId);
        } else {
            write(organisationId, List.of(new Entry(indicatorId, command.series(), year, command.genderOrTotal(),
                    value)), ValueOrigin.MANUAL);
        }
        audit.record(organisationId, user, AuditAction.INDICATOR_VALUES_CHANGED, Indicators.ref(indicatorId),
                command.series() + " " + year + " = " + Numbers.text(value));
    }

    /** Stores many values at once (a file, an import); the caller has checked the indicators are the user's. */
    @Transactional
    public Report write(CurrentUser user, List<Entry> entries, ValueOrigin origin, String what) {
        long organisationId = permissions.requireEdit(user);
        Report report = write(organisationId, entries, origin);
        recorded(organisationId, user, what, report);
        return report;
    }

    /** Records in the audit log what a bulk write did. */
    void recorded(long organisationId, @Nullable CurrentUser user, String what, Report report) {
        audit.record(organisationId, user, AuditAction.INDICATOR_VALUES_CHANGED, what,
                report.added() + " added, " + report.changed() + " changed, " + report.unchanged() + " unchanged");
    }

    /** Adds new values and updates changed ones, indicator by indicator; values already stored are left alone. */
    @Transactional
    Report write(long organisationId, List<Entry> entries, ValueOrigin origin) {
        Map<Long, List<Entry>> byIndicator = entries.stream().collect(Collectors.groupingBy(Entry::indicatorId));
        Map<Long, List<ValueRow>> stored = of(organisationId, byIndicator.keySet());
        Instant now = clock.instant();
        Report report = new Report(0, 0, 0);
        List<ValueRow> inserts = new ArrayList<>();
        List<ValueRow> updates = new ArrayList<>();
        for (var group : byIndicator.entrySet()) {
            Map<String, ValueRow> existing = new HashMap<>();
            stored.getOrDefault(group.getKey(), List.of()).forEach(v -> existing.put(v.key(), v));
            Map<String, Entry> latest = new HashMap<>();
            group.getValue().forEach(e -> latest.put(e.key(), e));
            for (Entry e : latest.values()) {
                ValueRow old = existing.get(e.key());
                if (old == null) {
                    inserts.add(new ValueRow(null, organisationId, e.indicatorId(), e.series(), e.year(), e.gender(),
                            e.value(), origin, now));
                } else if (old.value() != e.value()) {
                    updates.add(new ValueRow(old.id(), organisationId, e.indicatorId(), e.series(), e.year(),
                            e.gender(), e.value(), origin, now));
                } else {
                    report = report.plus(new Report(0, 0, 1));
                }
            }
        }
        List<ValueRow> changes = new ArrayList<>(inserts);
        changes.addAll(updates);
        writer.upsert(changes);
        if (!changes.isEmpty()) {
            summaries.invalidate(organisationId);
        }
        return report.plus(new Report(inserts.size(), updates.size(), 0));
    }

    /** The value of a series in a year (total gender), when there is one. */
    static @Nullable Double value(List<ValueRow> rows, String series, int year) {
        return rows.stream().filter(r -> r.series().equals(series) && r.year() == year
                && r.gender().equals(ValueRow.TOTAL)).map(ValueRow::value).findFirst().orElse(null);
    }
}
