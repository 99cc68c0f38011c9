package se.samrad.indicator;

import jakarta.inject.Singleton;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.input.InputSubject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The indicator a workshop or dialogue was started from, as its participants see it: the indicator's chart in their
 * language (the staff-only indicator page is not theirs to open), with its unit and "Källa: Kolada" where it applies.
 */
@Singleton
class IndicatorSubject implements InputSubject {

    private final InputLinkRowRepository links;
    private final IndicatorRowRepository indicators;
    private final IndicatorFigures figures;
    private final IndicatorCharts charts;
    private final Messages messages;

    IndicatorSubject(InputLinkRowRepository links, IndicatorRowRepository indicators, IndicatorFigures figures,
                     IndicatorCharts charts, Messages messages) {
        this.links = links;
        this.indicators = indicators;
        this.figures = figures;
        this.charts = charts;
        this.messages = messages;
    }

    @Override
    public Optional<Attached> attached(long organisationId, String kind, long id, Language language) {
        return links.findFirstByOrganisationIdAndKindAndRefIdOrderByIdDesc(organisationId, kind, id)
                .flatMap(link -> indicators.findByIdAndOrganisationId(link.indicatorId(), organisationId))
                .flatMap(row -> attached(row, language));
    }

    /** Empty while the indicator has no values (nothing to draw). */
    private Optional<Attached> attached(IndicatorRow row, Language language) {
        IndicatorFigures.Figures f = figures.of(row.organisationId(), row);
        if (f.values().isEmpty()) {
            return Optional.empty();
        }
        List<String> note = new ArrayList<>();
        if (!row.unit().isBlank()) {
            note.add(messages.get(language, "indicator.chart.unit", row.unit()));
        }
        if (row.fromKolada()) {
            note.add(messages.get(language, "indicator.kolada.source"));
        }
        return Optional.of(new Attached(charts.chart(f, language, "indicator-chart-" + row.id()),
                String.join(". ", note)));
    }
}
