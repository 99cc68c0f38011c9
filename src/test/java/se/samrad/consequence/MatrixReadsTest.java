package se.samrad.consequence;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import se.samrad.goals.GoalElement;
import se.samrad.platform.account.Account;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.WebClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SKR matrix and the prioritisation read a case's cells with a few grouped statements, however many
 * alternatives, assessors and cases there are, and show what reading every view showed: each cell's value, dispute
 * and number of assessors, and each alternative's effect and assessed cells (across cases too).
 */
@MicronautTest(transactional = false)
class MatrixReadsTest extends ConsequenceIntegrationTest {

    @Inject Cases cases;
    @Inject Cells cells;
    @Inject Matrix matrix;
    @Inject Prioritisation prioritisation;

    Organisation home;
    List<CurrentUser> assessors = new ArrayList<>();
    WebClient owner;
    long small;
    long large;

    @BeforeAll
    void data() {
        home = fixtures.organisation("Matrisläsning");
        for (int i = 0; i < 4; i++) {
            Account account = fixtures.account(home, Role.ANALYST);
            assessors.add(accounts.toUser(account));
            if (i == 0) {
                owner = signedIn(account);
            }
        }
        small = assessedCase("Liten", 1, 2, 1);
        large = assessedCase("Stor", 3, 4, 2);
    }

    /** A case with these alternatives besides do nothing, assessed by this many assessors at random, some settled. */
    private long assessedCase(String title, int alternatives, int assessorCount, long seed) {
        long id = newCase(owner, title, target("12.3"), target("12.5"), target("2.1"));
        for (int a = 0; a < alternatives; a++) {
            owner.post("/consequence/cases/" + id + "/alternatives/new", Map.of("title", title + " " + a,
                    "moneyOnce", Integer.toString(100_000 * (a + 1)), "moneyYearly", "20 000")).expect(303);
        }
        CaseRow kase = cases.get(home.id(), id);
        List<String> aspects = new ArrayList<>(Pages.aspects(cases.targets(kase)).stream()
                .map(Pages.AspectLine::key).toList());
        aspects.add(Aspect.target(target("1.1"))); // a target the case is not linked to: never counted
        Random random = new Random(seed);
        for (AlternativeRow alt : cases.alternatives(kase)) {
            for (Horizon h : Horizon.values()) {
                for (CurrentUser user : assessors.subList(0, assessorCount)) {
                    List<Cells.Entry> entries = new ArrayList<>();
                    for (String aspect : aspects) {
                        if (random.nextInt(4) > 0) {
                            // Mostly one of two ratings, so that some cells agree and some are disputed.
                            entries.add(new Cells.Entry(aspect, Rating.values()[random.nextInt(2) * 3 + (
                                    random.nextInt(5) == 0 ? 1 : 0)], "Skäl", ""));
                        }
                    }
                    cells.saveViews(user, kase, alt, h, entries);
                }
                cells.settle(assessors.get(0), kase, alt, h, "SOCIAL", Rating.CLEARLY_POSITIVE, "Analysgruppen");
                cells.prefill(kase, alt, h, "GOALS_REVISION",
                        Rating.UNCERTAIN, "Förifyllt", null);
            }
        }
        return id;
    }

    @Test
    void theMatrixShowsWhatEveryViewSaid() {
        for (long id : List.of(small, large)) {
            CaseRow kase = cases.get(home.id(), id);
            Sheet sheet = cells.sheet(kase);
            int compared = 0;
            for (Matrix.Row row : matrix.rows(kase)) {
                List<Matrix.Item> items = new ArrayList<>(row.effect());
                items.addAll(row.service());
                items.addAll(row.societal());
                for (Matrix.Item item : items) {
                    Sheet.Cell cell = sheet.cell(row.alternative().id(), row.horizon(), item.line().key(), Map.of());
                    assertEquals(cell.value(), item.cell().value(), item.line().key());
                    assertEquals(cell.disagreement(), item.cell().disagreement(), item.line().key());
                    assertEquals(cell.views().size(), item.cell().assessors(), item.line().key());
                    compared++;
                }
            }
            long nonEmpty = cases.alternatives(kase).size() * 2L * Pages.aspects(cases.targets(kase)).size();
            assertTrue(compared > nonEmpty / 2, "most cells were assessed: " + compared + " of " + nonEmpty);
        }
    }

    @Test
    void effectsAreTheSumsOfTheCellsValuesForACaseAndAcrossCases() {
        Prioritisation.Chart across = prioritisation.acrossCases(home.id());
        assertEquals(2 + 4, across.points().size(), "every alternative of both cases, do nothing included");
        for (long id : List.of(small, large)) {
            CaseRow kase = cases.get(home.id(), id);
            Prioritisation.Chart chart = prioritisation.ofCase(home.id(), kase);
            for (Prioritisation.Point point : chart.points()) {
                int[] expected = byEveryView(kase, point.alternative());
                assertEquals(expected[0], point.effect(), point.alternative().title());
                assertEquals(expected[1], point.assessed(), point.alternative().title());
                Prioritisation.Point same = across.points().stream()
                        .filter(p -> p.alternative().id() == point.alternative().id()).findFirst().orElseThrow();
                assertEquals(point.effect(), same.effect());
                assertEquals(point.money(), same.money());
            }
        }
        String page = owner.page("/consequence/prioritisation").text();
        assertTrue(page.contains("Stor 2") && page.contains("Liten 0"), page);
    }

    /** The effect as it was computed before, from every view: the cell's value on each aspect of the case. */
    private int[] byEveryView(CaseRow kase, AlternativeRow alt) {
        Sheet sheet = cells.sheet(kase);
        int effect = 0;
        int assessed = 0;
        for (Horizon h : Horizon.values()) {
            for (Pages.AspectLine line : Pages.aspects(cases.targets(kase))) {
                Rating value = sheet.cell(alt.id(), h, line.key(), Map.of()).value();
                if (value != null) {
                    assessed++;
                    effect += value.score();
                }
            }
        }
        return new int[]{effect, assessed};
    }

    @Test
    void theMatrixAndThePrioritisationTakeAFewStatementsWhateverTheirSize() {
        int smallMatrix = statements(() -> owner.get("/consequence/cases/" + small + "/matrix").expect(200));
        int largeMatrix = statements(() -> owner.get("/consequence/cases/" + large + "/matrix").expect(200));
        assertEquals(smallMatrix, largeMatrix, "the same statements for 2 and 4 alternatives, 2 and 4 assessors");
        assertTrue(largeMatrix <= 6, "the matrix page read the case's tables in " + largeMatrix + " statements");

        int casePriorities = statements(() -> owner.get("/consequence/cases/" + large + "/prioritisation")
                .expect(200));
        assertTrue(casePriorities <= 6, "a case's prioritisation took " + casePriorities + " statements");
        int across = statements(() -> owner.get("/consequence/prioritisation").expect(200));
        assertTrue(across <= 4, "the prioritisation across cases took " + across + " statements");
    }

    /** Statements on the consequence tables while {@code work} runs (Micronaut Data logs each one it executes). */
    private static int statements(Runnable work) {
        Logger log = (Logger) LoggerFactory.getLogger("io.micronaut.data.query");
        Level before = log.getLevel();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        log.addAppender(seen);
        log.setLevel(Level.DEBUG);
        try {
            work.run();
        } finally {
            log.setLevel(before);
            log.detachAppender(seen);
        }
        return (int) seen.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.contains("consequence_")).count();
    }
}
