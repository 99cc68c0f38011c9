package se.samrad.indicator;

import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The demo municipality's indicators, shaped like seed 001's follow-up table (Grums: food waste 58 g per eater,
 * national average 48) and like Kolada's figures for a mid-sized municipality: values 2015-2024 for the
 * municipality, two comparison municipalities and the country, target levels for 2030, linked SDG targets.
 * The values are made up in the shape of the real ones; they are not Kolada's.
 */
@Singleton
@Order(100)
class IndicatorDemo implements DemoContributor {

    private record Demo(String koladaId, String title, String unit, Direction direction, String keyword,
                        List<String> targets, String focusArea, double start, double step, double national,
                        double target) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("", "Matsvinn i skolans måltider", "g/portion", Direction.LOWER, "Minskat matsvinn",
                    List.of("12.3"), "Omställning", 66, -1.1, 48, 40),
            new Demo("N00401", "Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv", "ton/inv",
                    Direction.LOWER, "Minskade utsläpp", List.of("13.2"), "Omställning", 5.9, -0.12, 4.6, 2.5),
            new Demo("N15428", "Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)", "%",
                    Direction.HIGHER, "Fullföljd skolgång", List.of("4.1"), "Livskvalitet", 84, -0.4, 85.5, 92),
            new Demo("N00957", "Ohälsotal, dagar", "dagar", Direction.LOWER, "God hälsa", List.of("3.4", "8.5"),
                    "Livskvalitet", 30.5, -0.6, 25.1, 22),
            new Demo("", "Andel förnybar energi i kommunens verksamheter", "%", Direction.HIGHER, "Omställning",
                    List.of("7.2"), "Omställning", 52, 2.8, 60, 100));

    private static final int FIRST = 2015;
    private static final int LAST = 2024;

    private final Indicators indicators;
    private final IndicatorValues values;
    private final ComparisonAreas areas;
    private final GoalCatalogue catalogue;

    IndicatorDemo(Indicators indicators, IndicatorValues values, ComparisonAreas areas, GoalCatalogue catalogue) {
        this.indicators = indicators;
        this.values = values;
        this.areas = areas;
        this.catalogue = catalogue;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        long organisationId = municipality.id();
        areas.configure(admin, "1980", false);
        areas.name(organisationId, ValueRow.NATIONAL, "Riket");
        areas.name(organisationId, "1984", "Arboga");
        areas.name(organisationId, "1907", "Surahammar");
        int n = 0;
        for (Demo demo : DEMOS) {
            IndicatorRow row = indicators.create(admin, new IndicatorCommand(demo.title(), demo.koladaId(),
                    "", demo.unit(), demo.direction(), demo.koladaId().isEmpty() ? "Kommunens egen mätning" : "Kolada",
                    demo.keyword(), "Hållbarhetsprogram 2030", "", Integer.toString(FIRST), false));
            List<IndicatorValues.Entry> entries = new ArrayList<>();
            for (int year = FIRST; year <= LAST; year++) {
                int i = year - FIRST;
                // A wobble that repeats, so the series look measured rather than drawn with a ruler.
                double wobble = ((i * 7 + n * 3) % 5 - 2) * Math.abs(demo.step()) * 0.4;
                entries.add(entry(row, ValueRow.OWN, year, demo.start() + demo.step() * i + wobble));
                entries.add(entry(row, ValueRow.NATIONAL, year, demo.national() + demo.step() * 0.8 * (i - 9)));
                entries.add(entry(row, "1984", year, demo.start() * 1.06 + demo.step() * 0.7 * i));
                entries.add(entry(row, "1907", year, demo.start() * 0.95 + demo.step() * 1.1 * i - wobble));
            }
            values.write(admin, entries, demo.koladaId().isEmpty() ? ValueOrigin.MANUAL : ValueOrigin.KOLADA, "demo");
            indicators.setTarget(admin, row.id(), new TargetCommand("2030", Numbers.text(demo.target()),
                    "Önskat läge 2030 enligt hållbarhetsprogrammet."));
            Set<Long> ids = new LinkedHashSet<>();
            demo.targets().forEach(code -> ids.add(catalogue.element("agenda2030", code, null).id()));
            // The focus area of Vision 2040 (the goals demo's own framework) it serves, when that demo ran first.
            catalogue.owned(organisationId).stream().flatMap(f -> f.elements().stream())
                    .filter(e -> e.label("sv").value().equals(demo.focusArea())).findFirst()
                    .ifPresent(e -> ids.add(e.id()));
            indicators.setGoals(admin, row.id(), ids);
            n++;
        }
    }

    private static IndicatorValues.Entry entry(IndicatorRow row, String series, int year, double value) {
        return new IndicatorValues.Entry(row.id(), series, year, ValueRow.TOTAL, Numbers.round(value));
    }
}
