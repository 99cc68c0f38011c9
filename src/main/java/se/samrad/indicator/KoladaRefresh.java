package se.samrad.indicator;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.samrad.platform.InvalidRequestException;

/**
 * The scheduled refresh from Kolada's API ({@code samrad.kolada.refresh-cron}, e.g. {@code 0 30 4 * * *}; off when
 * not set): for every organisation that named its Kolada municipality, every year of the KPIs it follows for it,
 * its comparison group and Riket. What changed is in each organisation's audit log; an organisation Kolada cannot
 * answer for is logged and the others go on.
 */
@Singleton
@Requires(property = "samrad.kolada.refresh-cron")
class KoladaRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(KoladaRefresh.class);

    private final SettingsRowRepository settings;
    private final KoladaImport kolada;

    KoladaRefresh(SettingsRowRepository settings, KoladaImport kolada) {
        this.settings = settings;
        this.kolada = kolada;
    }

    /** Refreshes every organisation with a Kolada municipality; answers how many were refreshed. */
    @Scheduled(cron = "${samrad.kolada.refresh-cron}")
    int refreshAll() {
        int refreshed = 0;
        for (SettingsRow row : settings.findByKoladaMunicipalityIsNotNull()) {
            try {
                KoladaImport.Result result = kolada.refresh(row.organisationId(), null);
                LOG.info("Kolada refresh of organisation {}: {}", row.organisationId(), result.values());
                refreshed++;
            } catch (InvalidRequestException e) {
                LOG.warn("Kolada refresh of organisation {} failed: {}", row.organisationId(), e.messageKey());
            }
        }
        return refreshed;
    }
}
