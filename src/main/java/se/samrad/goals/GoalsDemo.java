package se.samrad.goals;

import jakarta.inject.Singleton;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo goals for the demo municipality, after seed 003 (Alingsås' Vision 2040 and its five focus areas):
 * a vision with focus areas, a few goals under them, each mapped to the Agenda 2030 targets and national
 * objectives it serves.
 */
@Singleton
class GoalsDemo implements DemoContributor {

    private record Goal(String sv, String en, List<String> agenda, List<String> national, String note) {
    }

    private record Area(String sv, String en, List<Goal> goals) {
    }

    private static final List<Area> AREAS = List.of(
            new Area("Vackra miljöer", "Beautiful environments", List.of(
                    new Goal("Levande stadskärna och trygga offentliga rum", "A lively town centre and safe public spaces",
                            List.of("11.7", "11.3"), List.of("15"), "Gestaltning och trygghetsvandringar."))),
            new Area("Livskvalitet", "Quality of life", List.of(
                    new Goal("Fler unga i meningsfull fritid", "More young people in meaningful leisure",
                            List.of("3.4", "10.2"), List.of(), "Fritidsgårdar och föreningsstöd."),
                    new Goal("Jämlik hälsa i alla stadsdelar", "Equal health in every district",
                            List.of("3.8", "10.3"), List.of(), "Följs upp med folkhälsodata per område."))),
            new Area("Experimentlust", "Eagerness to experiment", List.of(
                    new Goal("Pröva nya lösningar tillsammans med invånare", "Try new solutions together with residents",
                            List.of("16.7", "9.5"), List.of(), "Medborgardialoger och testbäddar."))),
            new Area("Omställning", "Transition", List.of(
                    new Goal("Halverat matsvinn i kommunens kök", "Halved food waste in municipal kitchens",
                            List.of("12.3", "12.5"), List.of(), "Mäts i gram per portion."),
                    new Goal("Fossilfria transporter", "Fossil-free transport",
                            List.of("11.2", "13.2", "7.2"), List.of("1", "2"), "Kollektivtrafik, cykel och elbilar."))),
            new Area("Tillsammans", "Together", List.of(
                    new Goal("Starkare samverkan med civilsamhället", "Stronger collaboration with civil society",
                            List.of("17.17", "16.7"), List.of(), "Överenskommelse med föreningslivet."))));

    private final OwnGoals ownGoals;
    private final GoalCatalogue catalogue;

    GoalsDemo(OwnGoals ownGoals, GoalCatalogue catalogue) {
        this.ownGoals = ownGoals;
        this.catalogue = catalogue;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        Framework vision = ownGoals.createFramework(admin, Map.of("sv", "Vision 2040", "en", "Vision 2040"),
                Map.of("sv", "Kommunens vision med fem fokusområden som visar vägen.",
                        "en", "The municipality's vision with five focus areas that show the way."));
        Framework environment = catalogue.framework("miljokvalitetsmal", null);
        for (Area area : AREAS) {
            GoalElement focus = ownGoals.addElement(admin, vision.key(), null, null,
                    Map.of("sv", area.sv(), "en", area.en()), Map.of());
            for (Goal goal : area.goals()) {
                GoalElement own = ownGoals.addElement(admin, vision.key(), focus.code(), null,
                        Map.of("sv", goal.sv(), "en", goal.en()), Map.of());
                Set<Long> targets = new java.util.LinkedHashSet<>();
                goal.agenda().forEach(code -> targets.add(catalogue.agenda2030().element(code).orElseThrow().id()));
                goal.national().forEach(code -> targets.add(environment.element(code).orElseThrow().id()));
                ownGoals.addMappings(admin, vision.key(), own.code(), targets, goal.note());
            }
        }
    }
}
