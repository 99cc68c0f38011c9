package se.samrad.indicator;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import se.samrad.platform.audit.AuditAction;
import se.samrad.platform.audit.AuditLog;
import se.samrad.platform.security.CurrentUser;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation's own Kolada municipality and its comparison group (the municipalities or Kolada municipality
 * groups it compares itself with), with their titles; the country (Riket, 0000) is always there.
 */
@Singleton
public class ComparisonAreas {

    private final AreaRowRepository areas;
    private final SettingsRowRepository settings;
    private final IndicatorPermissions permissions;
    private final AuditLog audit;
    private final SummaryCache summaries;

    ComparisonAreas(AreaRowRepository areas, SettingsRowRepository settings, IndicatorPermissions permissions,
                    AuditLog audit, SummaryCache summaries) {
        this.summaries = summaries;
        this.areas = areas;
        this.settings = settings;
        this.permissions = permissions;
        this.audit = audit;
    }

    public List<AreaRow> list(long organisationId) {
        return areas.findByOrganisationIdOrderByCode(organisationId);
    }

    /** Code to title of every comparison area (the country included when named). */
    public Map<String, String> titles(long organisationId) {
        Map<String, String> titles = new LinkedHashMap<>();
        list(organisationId).forEach(a -> titles.put(a.code(), a.title()));
        return titles;
    }

    public SettingsRow settings(long organisationId) {
        return settings.findById(organisationId).orElse(new SettingsRow(organisationId, null, false));
    }

    /** Sets the organisation's own Kolada municipality id (four digits) and whether its follow-up is public. */
    @Transactional
    public void configure(CurrentUser user, String municipality, boolean published) {
        long organisationId = permissions.requireEdit(user);
        SettingsRow row = new SettingsRow(organisationId, municipality.isBlank() ? null : municipality, published);
        if (settings.existsById(organisationId)) {
            settings.update(row);
        } else {
            settings.save(row);
        }
        summaries.invalidate(organisationId);
        audit.record(organisationId, user, AuditAction.INDICATOR_SETTINGS_CHANGED, "indicator-settings",
                municipality + (published ? " published" : ""));
    }

    /** Adds a comparison area as typed, or renames it. */
    @Transactional
    public void add(CurrentUser user, AreaCommand command) {
        long organisationId = permissions.requireEdit(user);
        name(organisationId, command.code(), command.areaTitle().strip());
        audit.record(organisationId, user, AuditAction.INDICATOR_SETTINGS_CHANGED, "indicator-area:" + command.code(),
                command.areaTitle());
    }

    /** Adds a comparison area, or renames it when its code is there already. */
    @Transactional
    public void name(long organisationId, String code, String title) {
        var existing = areas.findByOrganisationIdAndCode(organisationId, code);
        summaries.invalidate(organisationId);
        if (existing.isEmpty()) {
            areas.save(new AreaRow(null, organisationId, code, title));
        } else if (!existing.get().title().equals(title)) {
            areas.update(new AreaRow(existing.get().id(), organisationId, code, title));
        }
    }

    @Transactional
    public void remove(CurrentUser user, String code) {
        long organisationId = permissions.requireEdit(user);
        areas.findByOrganisationIdAndCode(organisationId, code).ifPresent(areas::delete);
        summaries.invalidate(organisationId);
    }
}
