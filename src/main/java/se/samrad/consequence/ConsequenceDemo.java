package se.samrad.consequence;

import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.goals.evidence.EvidenceReader;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The demo municipality's case "Minska matsvinnet i kommunens kök": two alternatives beside doing nothing, linked
 * to targets 12.3, 12.5 and 2.1 (and so to the matsvinn indicator), assessed on a few aspects, with the do-nothing
 * line filled from the indicators' projections. Runs after the other capabilities' demos (it reads their indicators).
 */
@Singleton
class ConsequenceDemo implements DemoContributor, Ordered {

    static final String TITLE = "Minska matsvinnet i kommunens kök";

    private final Cases cases;
    private final Cells cells;
    private final Prefill prefill;
    private final GoalCatalogue catalogue;
    private final Decisions decisions;
    private final EvidenceReader evidence;

    ConsequenceDemo(Cases cases, Cells cells, Prefill prefill, GoalCatalogue catalogue, Decisions decisions,
                    EvidenceReader evidence) {
        this.decisions = decisions;
        this.evidence = evidence;
        this.cases = cases;
        this.cells = cells;
        this.prefill = prefill;
        this.catalogue = catalogue;
    }

    @Override
    public int getOrder() {
        return 1000;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        List<Long> targets = Stream.of("12.3", "12.5", "2.1")
                .map(code -> catalogue.element("agenda2030", code, null).id()).toList();
        // The demo dialogues whose answers speak to these targets inform the case (and hear about its decision).
        String dialogues = String.join(", ", evidence.evidenceFor(municipality.id(), targets).stream()
                .filter(e -> e.source().equals("dialogue")).map(e -> Long.toString(e.sourceId())).distinct().toList());
        CaseRow kase = cases.create(admin, new CaseCommand(TITLE,
                "Kommunens kök slänger i genomsnitt 66 gram mat per portion. Kostpolitiska programmet säger att "
                        + "svinnet ska halveras till 2030. Eleverna har i en medborgardialog föreslagit mindre "
                        + "portioner med möjlighet att ta mer.", "Kommunstyrelsen", "2027-03-15", null,
                dialogues, "", "", ""), targets, "Vi gör ingenting (nollalternativet)");
        AlternativeRow a = cases.addAlternative(admin, kase, new AlternativeCommand(
                "Portionsvågar och daglig svinnmätning i alla kök",
                "Varje kök väger tallrikssvinn och serveringssvinn varje dag och redovisar i en gemensam tavla.",
                "450000", "60000", "", "0,5", "1", "Snabb och mätbar effekt till låg kostnad."));
        AlternativeRow b = cases.addAlternative(admin, kase, new AlternativeCommand(
                "Förbeställning och ny menyplanering",
                "Skolor och äldreboenden beställer dagen före; menyn planeras om för att använda överskott.",
                "1200000", "250000", "1", "1", "2", "Större effekt på sikt men kräver ett nytt system."));
        String t123 = Aspect.target(targets.get(0));
        cells.saveViews(admin, kase, a, Horizon.SHORT, List.of(
                new Cells.Entry(t123, Rating.CLEARLY_POSITIVE, "Mätning brukar minska svinnet med en fjärdedel det första året.", ""),
                new Cells.Entry("ECONOMIC", Rating.POSITIVE, "Minskade inköp väger upp vågarna inom två år.", ""),
                new Cells.Entry("CHILDREN", Rating.NEUTRAL, "Barnen får samma mat som i dag.", "")));
        cells.saveViews(admin, kase, b, Horizon.LONG, List.of(
                new Cells.Entry(t123, Rating.CLEARLY_POSITIVE, "Förbeställning tar bort överproduktionen.", ""),
                new Cells.Entry("CHILDREN", Rating.UNCERTAIN, "Barnen kan inte alltid välja dagen före.", ""),
                new Cells.Entry("ORG_STAFF", Rating.NEGATIVE, "Mer administration i köken.", "")));
        prefill.fillDoNothing(admin, kase, line -> line.projection().indicator() + ": "
                + (line.projection().latest() == null ? "–" : Prefill.round(line.projection().latest()) + " "
                + line.projection().unit()) + " (" + line.projection().latestYear() + "), "
                + (line.projection().projected() == null ? "ingen prognos" : Prefill.round(line.projection().projected())
                + " " + line.projection().unit() + " (" + line.projection().year() + ") om inget ändras") + ".");
        decide(admin, kase, a);
    }

    /** Kommunstyrelsen chose A; two actions followed up with the matsvinn indicator; Arabic feedback text. */
    private void decide(CurrentUser admin, CaseRow kase, AlternativeRow chosen) {
        Set<Long> indicators = decisions.indicatorChoices(kase).stream().map(Decisions.IndicatorRef::id)
                .limit(1).collect(Collectors.toSet());
        decisions.record(admin, kase, new DecisionCommand("2026-11-24", "Kommunstyrelsen", Long.toString(chosen.id()),
                "§ 112", "Vågar och daglig mätning minskar svinnet snabbt och kostar lite. Eleverna bad om mindre "
                        + "portioner med möjlighet att ta mer, och det prövas i alla skolkök. Förbeställning "
                        + "utreds igen om två år när vi ser hur mycket svinnet har minskat."),
                List.of(new DecisionActions.Input("Portionsvågar och daglig svinnmätning i alla kök", "",
                                "2027-03-31", indicators),
                        new DecisionActions.Input("Mindre portioner med möjlighet att ta mer i skolornas matsalar", "",
                                "2027-08-31", Set.of()),
                        new DecisionActions.Input("Redovisa svinnet för kommunstyrelsen varje halvår", "",
                                "2027-09-30", indicators)));
        decisions.of(kase).ifPresent(d -> decisions.translate(admin, d, Map.of("ar", Map.of(
                "QUESTION", "تقليل هدر الطعام في مطابخ البلدية",
                "WHY", "الموازين والقياس اليومي يقلّلان الهدر بسرعة وبتكلفة قليلة. طلب التلاميذ حصصًا أصغر مع "
                        + "إمكانية أخذ المزيد، وسيُجرَّب ذلك في كل مطابخ المدارس. سيُدرَس الطلب المسبق مرة أخرى "
                        + "بعد سنتين عندما نرى كم انخفض الهدر.",
                "ACTION1", "موازين للحصص وقياس يومي للهدر في كل المطابخ",
                "ACTION2", "حصص أصغر مع إمكانية أخذ المزيد في مطاعم المدارس",
                "ACTION3", "عرض الهدر على مجلس البلدية كل نصف سنة"))));
    }
}
