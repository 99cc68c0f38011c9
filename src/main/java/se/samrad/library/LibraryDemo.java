package se.samrad.library;

import jakarta.inject.Singleton;
import se.samrad.goals.Dimension;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Network;
import se.samrad.platform.organisation.NetworkService;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo examples for the demo municipality, of the kind seed 001's learning network shares: food waste in school
 * kitchens, a sustainability council, a climate roadmap, safe cycling to school. Some are public, some shared in
 * the demo learning network, one is still a draft.
 */
@Singleton
class LibraryDemo implements DemoContributor {

    private record Demo(String title, String summary, String problem, String actions, String results, String lessons,
                        ExampleKind kind, int from, int to, String costs, Set<Dimension> dimensions,
                        List<String> tags, List<String> targets, Visibility visibility, boolean publish,
                        List<IndicatorInput> indicators, ExampleTexts english) {
    }

    private static final List<Demo> DEMOS = List.of(
            new Demo("Halverat matsvinn i skolköken",
                    "Kommunens skolkök vägde matsvinnet varje dag i ett år och minskade det med en tredjedel.",
                    "Skolorna kastade i snitt 58 gram mat per ätande elev och dag, mer än rikssnittet på 48 gram.",
                    "Tallrikssvinnet vägdes dagligen och visades på en skärm i matsalen. Eleverna var med och ändrade "
                            + "menyn, portionerna anpassades och överbliven mat såldes som lunchlådor till personalen.",
                    "Svinnet minskade från 58 till 39 gram per ätande och dag. Råvarukostnaden sjönk med 6 procent.",
                    "Elevrådet gjorde skillnad: när eleverna själva fick presentera siffrorna hände mest.",
                    ExampleKind.PROJECT, 2022, 2023, "En våg per kök (4 000 kr) och två timmar i veckan per kök.",
                    EnumSet.of(Dimension.ENVIRONMENTAL, Dimension.ECONOMIC), List.of("matsvinn", "skolmåltider", "elevråd"),
                    List.of("12.3", "12.5", "4.7"), Visibility.NETWORK, true,
                    List.of(new IndicatorInput("Matsvinn per ätande och dag", "g", 58.0, 2021, 39.0, 2023)),
                    new ExampleTexts("Food waste halved in school kitchens",
                            "The school kitchens weighed food waste every day for a year and cut it by a third.",
                            "", "", "", "")),
            new Demo("Ett hållbarhetsråd med politiker, företag och föreningar",
                    "Ett rådgivande hållbarhetsråd där kommunens partier, näringsliv, föreningar och polis möts fyra "
                            + "gånger om året för att driva hållbarhetsarbetet framåt.",
                    "Hållbarhetsarbetet stannade i förvaltningen och nådde varken näringslivet eller civilsamhället.",
                    "Kommunstyrelsen inrättade ett hållbarhetsråd utan beslutsmandat. Varje möte har ett tema, ett "
                            + "lokalt exempel och en fråga till kommunen.",
                    "Rådet har tagit fram tre gemensamma åtaganden och fler företag rapporterar egna mål.",
                    "Ge rådet en tydlig fråga inför varje möte och återkoppla vad kommunen gjorde med rådet.",
                    ExampleKind.COLLABORATION, 2021, 2024, "Sekreterare på 20 procent.",
                    EnumSet.of(Dimension.SOCIAL), List.of("hållbarhetsråd", "samverkan", "näringsliv"),
                    List.of("17.17", "16.7"), Visibility.PUBLIC, true, List.of(), null),
            new Demo("Klimatfärdplan 2030 för hela kommunkoncernen",
                    "En färdplan med årliga utsläppsbudgetar för förvaltningar och bolag, följd upp varje kvartal.",
                    "Kommunens klimatmål saknade vägen dit och ingen visste vem som skulle göra vad.",
                    "Utsläppen fördelades som budgetar per verksamhet. Fordonsflottan ställs om till el och biogas, "
                            + "tjänsteresor ersätts med digitala möten.",
                    "Utsläppen från kommunkoncernens transporter minskade med 28 procent på tre år.",
                    "Budgeten per verksamhet gjorde klimatet till en fråga för varje chef, inte bara för miljöenheten.",
                    ExampleKind.STEERING, 2020, 2030, "Klimatstrateg på heltid, budget för laddinfrastruktur.",
                    EnumSet.of(Dimension.ENVIRONMENTAL), List.of("klimat", "färdplan", "utsläpp"),
                    List.of("13.2", "11.6", "7.2"), Visibility.PUBLIC, true,
                    List.of(new IndicatorInput("Utsläpp från kommunens transporter", "ton CO2e", 1450.0, 2019,
                            1044.0, 2022)), null),
            new Demo("Trygga cykelvägar till alla skolor",
                    "Skolvägsinventering tillsammans med föräldrar och elever gav säkra cykelvägar till alla skolor.",
                    "Många föräldrar skjutsade sina barn eftersom skolvägarna upplevdes som otrygga.",
                    "Eleverna markerade otrygga platser på en karta. Kommunen byggde separerade cykelbanor och "
                            + "säkrare passager.",
                    "Andelen elever som cyklar till skolan ökade från 31 till 52 procent.",
                    "Börja med elevernas egen karta: den visade platser som ingen trafikplanerare hade sett.",
                    ExampleKind.INVESTMENT, 2021, 2023, "12 miljoner kronor över tre år.",
                    EnumSet.of(Dimension.SOCIAL, Dimension.ENVIRONMENTAL), List.of("cykel", "skolväg", "trafiksäkerhet"),
                    List.of("11.2", "3.6"), Visibility.NETWORK, true,
                    List.of(new IndicatorInput("Elever som cyklar till skolan", "%", 31.0, 2020, 52.0, 2023)), null),
            new Demo("Medborgardialog om parken i centrum",
                    "Invånare i alla åldrar fick tycka till om den nya parken på plats, digitalt och på flera språk.",
                    "Tidigare dialoger nådde mest äldre villaägare.",
                    "Dialogen hölls på torget, i skolor och på språkcaféer, med enkäter på sex språk.",
                    "Över 900 svar, varav en tredjedel från unga under 25.",
                    "Gå dit människorna redan är.",
                    ExampleKind.DIALOGUE, 2024, 2024, "", EnumSet.of(Dimension.SOCIAL),
                    List.of("medborgardialog", "park"), List.of("11.7", "16.7"), Visibility.ORGANISATION, false,
                    List.of(), null));

    private final Library library;
    private final NetworkService networks;
    private final GoalCatalogue catalogue;

    LibraryDemo(Library library, NetworkService networks, GoalCatalogue catalogue) {
        this.library = library;
        this.networks = networks;
        this.catalogue = catalogue;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        Long networkId = networks.mine(admin).stream().findFirst().map(Network::id).orElse(null);
        for (Demo demo : DEMOS) {
            Map<String, ExampleTexts> texts = new LinkedHashMap<>();
            texts.put("sv", new ExampleTexts(demo.title(), demo.summary(), demo.problem(), demo.actions(),
                    demo.results(), demo.lessons()));
            if (demo.english() != null) {
                texts.put("en", demo.english());
            }
            Set<Long> targets = new LinkedHashSet<>();
            demo.targets().forEach(code -> targets.add(catalogue.agenda2030().element(code).orElseThrow().id()));
            Visibility visibility = demo.visibility() == Visibility.NETWORK && networkId == null ? Visibility.PUBLIC
                    : demo.visibility();
            Example example = library.create(admin, new ExampleDraft("sv", texts, demo.kind(), municipality.name(),
                    "Region Exempel", demo.from(), demo.to(), demo.costs(), "hallbarhet@exempelkommun.example",
                    demo.dimensions(), demo.tags(), List.of("https://exempelkommun.example/goda-exempel"), visibility,
                    visibility == Visibility.NETWORK ? networkId : null, targets, demo.indicators()));
            if (demo.publish()) {
                library.publish(admin, example.id(), "");
            }
        }
    }
}
