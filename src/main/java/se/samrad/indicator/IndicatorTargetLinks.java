package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalElement;
import se.samrad.goals.TargetLinkSource;
import se.samrad.goals.Text;
import se.samrad.platform.i18n.Messages;
import se.samrad.platform.security.CurrentUser;

import java.util.List;
import java.util.Map;

/** On a target's page (an own goal's too), for staff who may read indicators: the indicators and their signals. */
@Singleton
@Order(350)
class IndicatorTargetLinks implements TargetLinkSource {

    private final Indicators indicators;
    private final IndicatorFigures figures;
    private final IndicatorPermissions permissions;
    private final Messages messages;

    IndicatorTargetLinks(Indicators indicators, IndicatorFigures figures, IndicatorPermissions permissions,
                         Messages messages) {
        this.indicators = indicators;
        this.figures = figures;
        this.permissions = permissions;
        this.messages = messages;
    }

    @Override
    public String headingKey() {
        return "indicator.links.heading";
    }

    @Override
    public List<TargetLink> linksTo(GoalElement target, @Nullable CurrentUser user, String lang) {
        if (!permissions.canRead(user)) {
            return List.of();
        }
        long organisationId = user.organisationId();
        List<GoalLinkRow> links = indicators.linksTo(organisationId, List.of(target.id()));
        if (links.isEmpty()) {
            return List.of();
        }
        Map<Long, IndicatorRow> rows = indicators.byId(organisationId,
                links.stream().map(GoalLinkRow::indicatorId).toList());
        var language = messages.language(lang).orElse(messages.reference());
        return figures.of(organisationId, List.copyOf(rows.values())).stream().map(f -> {
            Signal s = f.signal();
            String status = s.progress().status().icon() + " "
                    + messages.get(language, "indicator.status." + s.progress().status());
            String trend = s.trend() == null ? "" : " · " + s.trend().arrow().icon() + " "
                    + messages.get(language, "indicator.trend." + s.trend().arrow());
            String latest = s.latest() == null ? messages.get(language, "indicator.no-values")
                    : s.latest().year() + ": " + Numbers.text(Numbers.round(s.latest().value())) + " "
                    + f.indicator().unit();
            return new TargetLink(new Text(f.indicator().title(), ""), "/indicators/" + f.indicator().id(),
                    new Text(latest.strip(), ""), new Text(status + trend, lang));
        }).toList();
    }
}
