package se.samrad.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import se.samrad.dialogue.Dialogue;
import se.samrad.dialogue.DialogueState;
import se.samrad.dialogue.Dialogues;
import se.samrad.dialogue.SampleDialogue;
import se.samrad.goals.GoalCatalogue;
import se.samrad.platform.account.Account;
import se.samrad.platform.account.StaffDirectory;
import se.samrad.platform.organisation.Organisation;
import se.samrad.platform.organisation.OrganisationService;
import se.samrad.platform.organisation.UnitKind;
import se.samrad.platform.security.CurrentUser;
import se.samrad.platform.security.Role;
import se.samrad.support.Browser;
import se.samrad.support.Fixtures;
import se.samrad.support.IntegrationTest;
import se.samrad.workshop.Activity;
import se.samrad.workshop.ActivityConfig;
import se.samrad.workshop.ActivityKind;
import se.samrad.workshop.EventType;
import se.samrad.workshop.ParticipantService;
import se.samrad.workshop.Workshop;
import se.samrad.workshop.WorkshopService;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reflow (WCAG 1.4.10): at 320 CSS px, as at 400 % zoom, no page scrolls sideways, in any offered language.
 * "Every page" is what a person reaches by following links: signed out, as a participant of a workshop, as
 * staff in every organisation role and as the platform admin, starting from the home page (one page of each
 * shape, /contacts/7 standing for every contact). Wide tables scroll inside their own container; that is
 * allowed, the page itself is not.
 */
@MicronautTest(transactional = false)
class ReflowBrowserTest extends IntegrationTest {

    private static final String PLATFORM_ADMIN = "reflow-platform@test.example";
    /** Links not to follow: files, signing out, the same page in another language, actions. */
    private static final Pattern SKIP = Pattern.compile(
            "\\.(csv|xlsx|pdf|svg|vcf|json|ics|png)(\\?|$)|/logout|/static/|/api/|/export|/download|/qr|/health");
    private static final int MOST_PAGES = 150;
    /**
     * Whether the page is HTML, which boxes in it scroll sideways out of the keyboard's reach (or focusable without a
     * name), how far the page scrolls sideways and, if it does, what sticks out beyond the window's
     * end edge (right or left as the page's direction has it): the outermost such element, with its ancestors,
     * and the furthest one inside it. What a scroll container of its own holds is left out: it scrolls there.
     */
    private static final String WIDEST = """
            const root = document.documentElement, limit = root.clientWidth;
            const html = document.contentType === 'text/html';
            const sideways = root.scrollWidth - limit;
            if (!html) { return {html: false, sideways: 0, widest: '', unreachable: ''}; }
            const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
            // what scrolls sideways inside the page must be reachable by keyboard (itself or something in it focusable)
            // and, when focusable itself, named
            const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
            const unreachable = [];
            for (const el of document.body.querySelectorAll('*')) {
              if (el.scrollWidth <= el.clientWidth + 1 || el.clientWidth === 0 || el.matches('input, textarea, select')) { continue; }
              const style = getComputedStyle(el);
              if (style.overflowX !== 'auto' && style.overflowX !== 'scroll') { continue; }
              if (el.tabIndex >= 0 ? !(el.getAttribute('aria-labelledby') || el.getAttribute('aria-label')) : !el.querySelector(focusable)) {
                unreachable.push(name(el));
              }
            }
            if (sideways <= 0) { return {html: true, sideways: 0, widest: '', unreachable: unreachable.join(', ')}; }
            const rtl = getComputedStyle(root).direction === 'rtl';
            const reach = el => { const box = el.getBoundingClientRect(); return box.width > 0 ? (rtl ? limit - box.left : box.right) : 0; };
            const scrollers = [];
            let outer = null, furthest = null, far = limit;
            for (const el of document.body.querySelectorAll('*')) {
              if (scrollers.some(s => s.contains(el))) { continue; }
              if (getComputedStyle(el).overflowX !== 'visible') { scrollers.push(el); }
              const out = reach(el);
              if (out > limit + 0.5) {
                if (!outer) { outer = el; }
                if (outer.contains(el) && out > far) { furthest = el; far = out; }
              }
            }
            let where = '';
            for (let el = outer; el && el !== document.body; el = el.parentElement) { where = name(el) + (where ? ' > ' + where : ''); }
            return {html: true, sideways: sideways, unreachable: unreachable.join(', '), widest: outer ? '(' + where + ' reaches ' + Math.round(reach(outer))
                + ' px; furthest inside: ' + name(furthest) + ' ' + Math.round(far) + ' px)' : '(text, no element box)'};""";


    @Inject EmbeddedServer server;
    @Inject Fixtures fixtures;
    @Inject StaffDirectory directory;
    @Inject OrganisationService organisations;
    @Inject WorkshopService workshops;
    @Inject ParticipantService participants;
    @Inject Dialogues dialogues;
    @Inject GoalCatalogue catalogue;

    ChromeDriver driver;
    Account staff;
    Workshop workshop;
    String participantToken;
    Dialogue dialogue;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("samrad.admin.email", PLATFORM_ADMIN, "samrad.admin.password", Fixtures.PASSWORD);
    }

    @BeforeAll
    void setUp() {
        driver = Browser.start(true, 320, 800);
        // headless Chromium keeps a window at least about 500 px wide: the page is laid out at 320 CSS px instead
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.<String, Object>of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", false));
        Organisation org = fixtures.organisation("Omflödningsförvaltningskommun");
        staff = fixtures.account(org, Role.organisationRoles().toArray(Role[]::new));
        CurrentUser actor = directory.toUser(staff);
        organisations.createUnit(actor, "Samhällsbyggnadsförvaltningen", UnitKind.ADMINISTRATION, null);

        workshop = workshops.create(actor, "Hållbarhetsrådets arbetsmöte", "Agenda 2030 i översiktsplanen", true);
        List<Long> targets = java.util.stream.Stream.of("7.2", "11.2", "3.9", "13.2", "12.3", "17.17")
                .map(c -> catalogue.agenda2030().element(c).orElseThrow().id()).toList();
        Activity sdg = workshops.addActivity(actor, workshop.id(), ActivityKind.SDG_MATRIX, "Samspel", "",
                new ActivityConfig(List.of(), false, 1, 5, 5, 3, List.of(), 0, "SELF", targets, true));
        Activity poll = workshops.addActivity(actor, workshop.id(), ActivityKind.POLL, "Omröstning", "",
                new ActivityConfig(List.of("Kollektivtrafikförsörjningsprogrammet", "Nej"), false, 1, 5, 5, 3,
                        List.of(), 0, "SELF", List.of(), true));
        for (Activity a : List.of(sdg, poll)) {
            workshops.control(actor, workshop.id(), EventType.STARTED, a.id(), Map.of());
            workshops.control(actor, workshop.id(), EventType.RESULTS_SHOWN, a.id(), Map.of());
        }
        var joined = participants.join(workshop, "Cecilia");
        participants.submit(joined.participant(), "1", EventType.SCORE, sdg.id(), Map.of("row", 0, "col", 1, "value", 2));
        participantToken = joined.token();

        Dialogue created = dialogues.create(actor, SampleDialogue.texts(), SampleDialogue.settings());
        dialogues.changeQuestions(actor, created.id(), q -> SampleDialogue.questionnaire(catalogue));
        dialogue = dialogues.changeState(actor, created.id(), DialogueState.OPEN);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * One load per page per language and no axe-core: the pages are found by following links in the first
     * language (each checked as it is loaded), then every page found is loaded once in each other language.
     */
    @Test
    void noPageScrollsSidewaysAt320PxInAnyLanguage() {
        long started = System.nanoTime();
        List<String> failures = new ArrayList<>();
        List<String> pages = new ArrayList<>();

        driver.manage().deleteAllCookies();
        driver.get(url("/"));
        assertTrue(((Number) driver.executeScript("return window.innerWidth;")).intValue() <= 320,
                "the page is laid out 320 px wide");
        // a page of a shape already checked is not checked again for the participant (whose cookie only reaches
        // /w/<code>) nor for the platform admin (whose other pages are the staff's): one load per page per language
        Map<String, String> signedOut = new LinkedHashMap<>();
        pages.addAll(sweep(List.of("/", "/login", "/accessibility", "/privacy", "/no-such-page", "/w",
                "/d/" + dialogue.publicKey()), signedOut, failures));

        driver.get(url("/w"));
        driver.manage().addCookie(new Cookie.Builder("samrad_workshop", participantToken)
                .path("/w/" + workshop.code()).build());
        pages.addAll(sweep(List.of("/w/" + workshop.code()), signedOut, failures));

        Browser.signIn(driver, server.getURI(), staff.email());
        Map<String, String> signedIn = new LinkedHashMap<>();
        pages.addAll(sweep(List.of("/", "/workshops/" + workshop.id(), "/workshops/" + workshop.id() + "/report",
                "/workshops/" + workshop.id() + "/present"), signedIn, failures));

        Browser.signIn(driver, server.getURI(), PLATFORM_ADMIN);
        signedIn.remove(shape("/"));
        pages.addAll(sweep(List.of("/"), signedIn, failures));

        System.out.printf("Reflow at 320 px: %d pages in %d languages, %d loads, %d s%n", pages.size(),
                Browser.LANGUAGES.size(), pages.size() * Browser.LANGUAGES.size(),
                java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        assertTrue(pages.size() > 40, "the sweep reached the pages: " + pages);
        if (!failures.isEmpty()) {
            fail(failures.size() + " reflow problems at 320 px:\n" + String.join("\n", failures));
        }
    }

    /** A resident shown a question's error does not see its untouched "other, please specify" field marked too. */
    @Test
    void anUntouchedOtherFieldIsNotMarkedRedWhenAnotherQuestionHasTheError() {
        driver.manage().deleteAllCookies();
        driver.get(url("/d/" + dialogue.publicKey() + "?lang=sv"));
        driver.executeScript("document.getElementById('consent').click();");
        driver.findElement(By.cssSelector("form[action$='/start'] button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("input[name=q-issues][value=green]")).isEmpty());
        // four where three are allowed: the question shows its error; its "other" field was never touched
        driver.executeScript("for (const v of ['transit', 'foodwaste', 'safety', 'green']) {"
                + " document.querySelector('input[name=q-issues][value=' + v + ']').click(); }");
        driver.findElement(By.cssSelector("button[value=next]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.className("error-summary")).isEmpty());
        String danger = driver.findElement(By.cssSelector("fieldset:has(#q-issues-other) .field-error")).getCssValue("color");
        String other = driver.findElement(By.id("q-issues-other")).getCssValue("border-top-color");
        assertTrue(!danger.equals(other), "the empty 'other' field is bordered in the error colour " + danger);
    }

    /**
     * Follows links from {@code start} in the first language, checking each page as it is loaded, then checks the
     * pages found in every other language; returns the pages, one of each shape (numbers and codes stand for all)
     * not already in {@code found}, which it adds them to.
     */
    private List<String> sweep(List<String> start, Map<String, String> found, List<String> failures) {
        String first = Browser.LANGUAGES.get(0);
        Deque<String> queue = new ArrayDeque<>();
        start.stream().filter(p -> found.putIfAbsent(shape(p), p) == null).forEach(queue::add);
        List<String> pages = new ArrayList<>();
        while (!queue.isEmpty()) {
            String path = queue.poll();
            if (!load(path, first, failures)) {
                continue;
            }
            pages.add(path);
            for (Object href : (List<?>) driver.executeScript(
                    "return Array.from(document.querySelectorAll('a[href]'), a => a.getAttribute('href'));")) {
                String link = local((String) href);
                if (link != null && found.size() < MOST_PAGES && !SKIP.matcher(link).find()
                        && found.putIfAbsent(shape(link), link) == null) {
                    queue.add(link);
                }
            }
        }
        for (String language : Browser.LANGUAGES.subList(1, Browser.LANGUAGES.size())) {
            pages.forEach(path -> load(path, language, failures));
        }
        return pages;
    }

    /** Loads the page in {@code language} and notes whether it scrolls sideways and what sticks out; false if not HTML. */
    private boolean load(String path, String language, List<String> failures) {
        driver.get(url(path + (path.contains("?") ? "&" : "?") + "lang=" + language));
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) driver.executeScript(WIDEST);
        if (!Boolean.TRUE.equals(page.get("html"))) {
            return false;
        }
        Number sideways = (Number) page.get("sideways");
        if (sideways.intValue() > 0) {
            failures.add(path + " [" + language + "] scrolls sideways by " + sideways + " px " + page.get("widest"));
        }
        if (!String.valueOf(page.get("unreachable")).isEmpty()) {
            failures.add(path + " [" + language + "] has a box scrolling sideways that the keyboard cannot reach, or "
                    + "focusable without a name: " + page.get("unreachable"));
        }
        return true;
    }

    /** The link's path and query on this server, without the language or a fragment; null for another site. */
    private String local(String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")) {
            return null;
        }
        URI target = server.getURI().resolve(href.replace(" ", "%20"));
        if (!server.getURI().getAuthority().equals(target.getAuthority())) {
            return null;
        }
        String query = target.getRawQuery() == null ? "" : target.getRawQuery().replaceAll("(^|&)lang=[^&]*", "");
        query = query.replaceAll("^&", "");
        return target.getRawPath() + (query.isEmpty() ? "" : "?" + query);
    }

    private static String shape(String path) {
        return path.replaceAll("\\?.*$", "").replaceAll("/[0-9][^/]*(?=/|$)", "/#").replaceAll("/[A-Za-z0-9_-]{16,}(?=/|$)", "/*");
    }

    private String url(String path) {
        return server.getURI().resolve(path).toString();
    }
}
