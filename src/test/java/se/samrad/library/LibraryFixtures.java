package se.samrad.library;

import se.samrad.goals.Dimension;
import se.samrad.goals.GoalCatalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Drafts for tests, written the way people write examples. */
final class LibraryFixtures {

    private LibraryFixtures() {
    }

    static ExampleDraft draft(GoalCatalogue catalogue, String title, String summary, String actions,
                              Visibility visibility, Long networkId, String... targets) {
        Map<String, ExampleTexts> texts = new LinkedHashMap<>();
        texts.put("sv", new ExampleTexts(title, summary, "Problemet var stort.", actions, "Det gav resultat.",
                "Vi lärde oss mycket."));
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : targets) {
            ids.add(catalogue.agenda2030().element(code).orElseThrow().id());
        }
        return new ExampleDraft("sv", texts, ExampleKind.PROJECT, "Testby", "Region Test", 2021, 2023,
                "200 000 kr", "kontakt@testby.example", EnumSet.of(Dimension.ENVIRONMENTAL), List.of("test"),
                List.of("https://testby.example/exempel"), visibility, networkId, ids,
                new ArrayList<>(List.of(new IndicatorInput("Matsvinn per portion", "g", 58.0, 2021, 41.0, 2023))));
    }
}
