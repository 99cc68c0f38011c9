package se.samrad.indicator;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import se.samrad.platform.NotFoundException;
import se.samrad.platform.i18n.Language;
import se.samrad.platform.input.InputChannel;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.web.Formats;
import se.samrad.platform.web.PublicUrl;
import se.samrad.platform.web.Views;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Workshops and dialogues started from an indicator ("what are the causes?"), through the platform's
 * {@link InputChannel}s: the brief carries the indicator's signal and its chart's figures in words and the address of
 * its page; the link is kept here, and the indicator's page lists what came in.
 */
@Singleton
class IndicatorInputs {

    /** The most chart rows written into a brief (the latest years). */
    private static final int BRIEF_YEARS = 8;

    private final Map<String, InputChannel> channels;
    private final Indicators indicators;
    private final IndicatorFigures figures;
    private final InputLinkRowRepository links;
    private final Views views;
    private final PublicUrl publicUrl;
    private final Clock clock;

    IndicatorInputs(List<InputChannel> channels, Indicators indicators, IndicatorFigures figures,
                    InputLinkRowRepository links, Views views, PublicUrl publicUrl, Clock clock) {
        this.channels = channels.stream().collect(Collectors.toMap(InputChannel::kind, Function.identity()));
        this.indicators = indicators;
        this.figures = figures;
        this.links = links;
        this.views = views;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** The kinds {@code user} may start (workshop, dialogue), in that order. */
    List<String> startable(CurrentUser user) {
        return channels.values().stream().filter(c -> c.canStart(user)).map(InputChannel::kind).sorted().toList()
                .reversed();
    }

    /** Starts a workshop or dialogue of {@code kind} on the indicator, links it, and says where to continue. */
    InputChannel.Started start(HttpRequest<?> request, CurrentUser user, long organisationId, long indicatorId,
                               String kind) {
        InputChannel channel = channels.get(kind);
        if (channel == null) {
            throw new NotFoundException("input channel " + kind);
        }
        IndicatorRow indicator = indicators.find(organisationId, indicatorId);
        InputChannel.Started started = channel.start(user, brief(request, indicator));
        links.save(new InputLinkRow(null, organisationId, indicatorId, kind, started.id(), user.accountId(),
                clock.instant()));
        return started;
    }

    /** What was started from the indicator, newest first, with what came in. */
    List<LinkedInput> linked(long organisationId, long indicatorId) {
        List<LinkedInput> linked = new ArrayList<>();
        for (InputLinkRow link : links.findByOrganisationIdAndIndicatorIdOrderByIdDesc(organisationId, indicatorId)) {
            InputChannel channel = channels.get(link.kind());
            if (channel != null) {
                linked.add(new LinkedInput(link.kind(), link, channel.gathered(organisationId, link.refId())));
            }
        }
        return linked;
    }

    private InputChannel.Brief brief(HttpRequest<?> request, IndicatorRow indicator) {
        Language language = views.language(request);
        Formats fmt = new Formats(language, ZoneOffset.UTC);
        IndicatorFigures.Figures f = figures.of(indicator.organisationId(), indicator);
        Signal s = f.signal();
        List<String> lines = new ArrayList<>();
        lines.add(views.message(request, "indicator.input.about", indicator.title(),
                publicUrl.of(request, "/indicators/" + indicator.id())));
        String trend = s.trend() == null ? views.message(request, "indicator.trend.none")
                : views.message(request, "indicator.trend." + s.trend().arrow()) + (s.trend().arrow() == Trend.Arrow.FLAT
                ? "" : ", " + views.message(request, s.trend().good() ? "indicator.trend.good" : "indicator.trend.bad"));
        lines.add(views.message(request, "indicator.input.signal",
                views.message(request, "indicator.status." + s.progress().status()), trend));
        List<IndicatorFigures.Row> rows = f.table();
        List<String> years = new ArrayList<>();
        for (IndicatorFigures.Row r : rows.subList(Math.max(0, rows.size() - BRIEF_YEARS), rows.size())) {
            StringBuilder year = new StringBuilder(String.valueOf(r.year())).append(':');
            append(request, fmt, year, "indicator.series.own", r.own());
            append(request, fmt, year, "indicator.series.comparison", r.comparison());
            append(request, fmt, year, "indicator.series.national", r.national());
            append(request, fmt, year, "indicator.series.target", r.target());
            years.add(year.toString());
        }
        if (!years.isEmpty()) {
            lines.add(views.message(request, "indicator.input.figures", indicator.unit()) + "\n"
                    + String.join("\n", years));
        }
        if (indicator.koladaId() != null) {
            lines.add(views.message(request, "indicator.kolada.source"));
        }
        return new InputChannel.Brief(views.message(request, "indicator.deviations.workshop-title", indicator.title()),
                String.join("\n\n", lines), views.message(request, "indicator.input.question", indicator.title()),
                language.code());
    }

    private void append(HttpRequest<?> request, Formats fmt, StringBuilder line, String key, Double value) {
        if (value != null) {
            line.append(' ').append(views.message(request, key)).append(' ').append(fmt.number(value)).append(';');
        }
    }
}
