package se.samrad.workshop;

import jakarta.inject.Singleton;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.AccountService;
import se.samrad.platform.demo.DemoContributor;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;

import java.util.List;

/**
 * Seed 004's session prepared as a workshop, ready to run: the plenary question, 26 breakout groups each
 * answering the two sub-questions, the chat, and an SDG interaction matrix of seven targets the groups
 * talked about (energy, transport, health, climate, consumption, education, partnerships). The demo
 * facilitator runs it with the admin.
 */
@Singleton
class WorkshopDemo implements DemoContributor {

    static final String TITLE = "Samtal 1 – Synergier i Agenda 2030-arbetet";
    static final String PLENARY = "Vilka synergier ser vi i vårt arbete med Agenda 2030?";
    static final List<String> SUB_QUESTIONS = List.of("Vad har vi för erfarenheter?", "Vilka möjligheter ser vi?");
    static final List<String> MATRIX = List.of("7.2", "11.2", "3.9", "13.2", "12.3", "4.7", "17.17");

    private final WorkshopService workshops;
    private final GoalCatalogue catalogue;
    private final AccountService accounts;

    WorkshopDemo(WorkshopService workshops, GoalCatalogue catalogue, AccountService accounts) {
        this.workshops = workshops;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    @Override
    public void contribute(Organisation municipality, CurrentUser admin) {
        Workshop workshop = workshops.create(admin, TITLE,
                "Samtal om synergier i kommunernas Agenda 2030-arbete: först i helgrupp, sedan i grupprum med två "
                        + "delfrågor, och till sist en bedömning av hur delmålen påverkar varandra (SDG Synergies).", true);
        accounts.staff(municipality.id()).stream().filter(s -> s.roles().contains(Role.FACILITATOR)).findFirst()
                .ifPresent(f -> workshops.addFacilitator(admin, workshop.id(), f.id()));
        workshops.addActivity(admin, workshop.id(), ActivityKind.IDEAS, "Frågan för samtalet", PLENARY,
                ActivityConfig.empty());
        workshops.addActivity(admin, workshop.id(), ActivityKind.BREAKOUT, "Samtal i grupper", PLENARY,
                new ActivityConfig(List.of(), false, 1, 5, 0, 0, SUB_QUESTIONS, 26, Groups.RANDOM, List.of(), false));
        workshops.addActivity(admin, workshop.id(), ActivityKind.CHAT, "Chat om Agenda 2030-synergier",
                "Länkar, frågor och tips under samtalet.", ActivityConfig.empty());
        List<Long> targets = MATRIX.stream().map(code -> catalogue.agenda2030().element(code).orElseThrow().id()).toList();
        workshops.addActivity(admin, workshop.id(), ActivityKind.SDG_MATRIX, "Synergier och målkonflikter",
                "Vilka mål kommer med på köpet, och vilka målkonflikter uppstår? Bedöm hur delmålet på raden påverkar "
                        + "delmålet i kolumnen.",
                new ActivityConfig(List.of(), false, 1, 5, 0, 0, List.of(), 0, null, targets, false));
        workshops.addActivity(admin, workshop.id(), ActivityKind.POLL, "Vill ni pröva SDG Synergies lokalt?", "",
                new ActivityConfig(List.of("Ja, gärna", "Kanske, med stöd", "Nej, inte nu"), false, 1, 5, 0, 0,
                        List.of(), 0, null, List.of(), false));
    }
}
