package se.samrad.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import se.samrad.support.WebClient;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The path most residents take (issue 23): the page-by-page form of a dialogue of {@link #PAGES} pages and
 * {@link #QUESTIONS} questions, which the benchmark builds through the organiser's own forms. Each of
 * {@link #RESIDENTS} clients walks it again and again as a new resident would with a browser: the landing page
 * (its CSRF cookie and token, the form's attempt id), the start, each page fetched after the redirect and posted
 * with the token from that page, and the thank-you page. It measures completed responses per second and the time
 * of each page's POST (the server's answer to it, before the redirect is followed).
 */
final class ResidentPath {

    static final int RESIDENTS = 100;
    static final int PAGES = 4;
    static final int QUESTIONS = 10;
    /** Questions per page: 3, 3, 2, 2. */
    private static final int[] PER_PAGE = {3, 3, 2, 2};
    private static final Pattern CHOICE = Pattern.compile(
            "<input type=\"(radio|checkbox)\" id=\"[^\"]*\" name=\"([^\"]*)\" value=\"([^\"]*)\"");
    private static final String CSRF = "name=\"_csrf\" value=\"";
    private static final String ATTEMPT = "name=\"attempt\" value=\"";

    record Result(Load.Result walks, double[] pageP99Ms, double[] pageP50Ms) {
        double worstP99Ms() {
            double worst = 0;
            for (double p99 : pageP99Ms) {
                worst = Math.max(worst, p99);
            }
            return worst;
        }
    }

    /** A question's choices on a page, as parsed from the first resident's copy of the page. */
    private record Choice(String name, boolean multiple, List<String> values) {
    }

    private final URI base;
    private final String key;
    private final Map<Integer, List<Choice>> pages = new ConcurrentHashMap<>();

    private ResidentPath(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    /** Builds and opens the dialogue as its organiser would, through the editor's forms. */
    static ResidentPath create(URI base, WebClient organiser) {
        WebClient.Response created = organiser.post("/dialogues", "title-sv", "Bänkmärkt dialog", "languages", "sv");
        created.expect(303);
        long id = Long.parseLong(created.location().replaceAll("^/dialogues/(\\d+).*$", "$1"));
        int question = 0;
        for (int page = 0; page < PAGES; page++) {
            WebClient.Response section = organiser.post("/dialogues/" + id + "/sections", "title-sv", "Sida " + (page + 1));
            section.expect(303);
            String sectionKey = section.location().replaceAll("^.*#section-", "");
            for (int q = 0; q < PER_PAGE[page]; q++, question++) {
                Map<String, Object> form = new LinkedHashMap<>();
                form.put("section", sectionKey);
                form.put("type", question % 3 == 1 ? "MULTIPLE" : "SINGLE");
                form.put("text-sv", "Fråga " + (question + 1));
                form.put("required", "1");
                form.put("option-count", "4");
                for (int o = 0; o < 4; o++) {
                    form.put("option-" + o + "-sv", "Svar " + (o + 1));
                }
                WebClient.Response added = organiser.post("/dialogues/" + id + "/questions", form);
                added.expect(303);
            }
        }
        WebClient.Response opened = organiser.post("/dialogues/" + id + "/state", "to", "OPEN");
        opened.expect(303);
        Matcher found = Pattern.compile("\"id\":" + id + ",\"publicKey\":\"([a-z0-9]+)\"")
                .matcher(organiser.getJson("/api/v1/dialogues").body());
        if (!found.find()) {
            throw new IllegalStateException("the new dialogue " + id + " is not listed");
        }
        return new ResidentPath(base, found.group(1));
    }

    Result run(Duration warmUp, Duration duration) throws InterruptedException {
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            residents.add(new Resident(new RawHttp(base)));
        }
        Recorder[] posts = new Recorder[PAGES];
        for (int p = 0; p < PAGES; p++) {
            posts[p] = new Recorder(3);
        }
        Load.Result walks = Load.run("resident: 4 pages, 10 questions", RESIDENTS, warmUp, duration,
                c -> residents.get(c).walk(posts), () -> {
                    for (Recorder r : posts) {
                        r.reset();
                    }
                });
        residents.forEach(r -> r.http.close());
        double[] p99 = new double[PAGES];
        double[] p50 = new double[PAGES];
        for (int p = 0; p < PAGES; p++) {
            Histogram h = posts[p].getIntervalHistogram();
            p99[p] = h.getValueAtPercentile(99) / 1e6;
            p50[p] = h.getValueAtPercentile(50) / 1e6;
        }
        return new Result(walks, p99, p50);
    }

    /** One browser: its connection and cookies (cleared for each walk: every walk is a new resident). */
    private final class Resident {
        private final RawHttp http;
        private final Map<String, String> cookies = new LinkedHashMap<>();

        Resident(RawHttp http) {
            this.http = http;
        }

        void walk(Recorder[] posts) throws IOException {
            cookies.clear();
            String landing = get("/d/" + key).body();
            String next = post("/d/" + key + "/start", "_csrf=" + value(landing, CSRF) + "&attempt="
                    + value(landing, ATTEMPT) + "&consent=yes&website=").location();
            for (int page = 1; page <= PAGES; page++) {
                String path = path(next);
                String html = get(path).body();
                long start = System.nanoTime();
                RawHttp.Response answered = post(path, "_csrf=" + value(html, CSRF) + "&website=&action=next"
                        + answers(page, html));
                posts[page - 1].recordValue(System.nanoTime() - start);
                next = answered.location();
            }
            if (!path(next).endsWith("/done")) {
                throw new IOException("the last page went to " + next + " instead of the thank-you page");
            }
            Load.expect(get(path(next)).status(), 200);
        }

        private RawHttp.Response get(String path) throws IOException {
            RawHttp.Response response = http.send("GET", path, "Accept: text/html\r\n" + cookieHeader(), null);
            remember(response);
            Load.expect(response.status(), 200);
            return response;
        }

        /** Posts a form and expects the redirect that follows an accepted one. */
        private RawHttp.Response post(String path, String form) throws IOException {
            RawHttp.Response response = http.send("POST", path, "Accept: text/html\r\nContent-Type:"
                    + " application/x-www-form-urlencoded\r\n" + cookieHeader(), form.getBytes(StandardCharsets.UTF_8));
            remember(response);
            Load.expect(response.status(), 303);
            return response;
        }

        private String cookieHeader() {
            if (cookies.isEmpty()) {
                return "";
            }
            StringBuilder header = new StringBuilder("Cookie: ");
            cookies.forEach((name, value) -> header.append(name).append('=').append(value).append("; "));
            header.setLength(header.length() - 2);
            return header.append("\r\n").toString();
        }

        private void remember(RawHttp.Response response) {
            for (String cookie : response.cookies()) {
                int eq = cookie.indexOf('=');
                cookies.put(cookie.substring(0, eq), cookie.substring(eq + 1));
            }
        }
    }

    /** The page's choices, picked at random: one of a single choice's options, two of a multiple choice's. */
    private String answers(int page, String html) {
        List<Choice> choices = pages.computeIfAbsent(page, p -> parse(html));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder form = new StringBuilder();
        for (Choice choice : choices) {
            int first = random.nextInt(choice.values().size());
            form.append('&').append(choice.name()).append('=').append(encode(choice.values().get(first)));
            if (choice.multiple()) {
                int second = (first + 1 + random.nextInt(choice.values().size() - 1)) % choice.values().size();
                form.append('&').append(choice.name()).append('=').append(encode(choice.values().get(second)));
            }
        }
        return form.toString();
    }

    private static List<Choice> parse(String html) {
        Map<String, Choice> byName = new LinkedHashMap<>();
        Matcher m = CHOICE.matcher(html);
        while (m.find()) {
            byName.computeIfAbsent(m.group(2), name -> new Choice(name, false, new ArrayList<>())).values().add(m.group(3));
            if (m.group(1).equals("checkbox")) {
                byName.computeIfPresent(m.group(2), (name, c) -> new Choice(name, true, c.values()));
            }
        }
        if (byName.isEmpty()) {
            throw new IllegalStateException("a page of the dialogue has no choices to answer");
        }
        return List.copyOf(byName.values());
    }

    private static String value(String html, String marker) throws IOException {
        int at = html.indexOf(marker);
        if (at < 0) {
            throw new IOException("the page has no " + marker);
        }
        int from = at + marker.length();
        return encode(html.substring(from, html.indexOf('"', from)));
    }

    private static String path(String location) throws IOException {
        if (location == null) {
            throw new IOException("no redirect");
        }
        return location.startsWith("http") ? URI.create(location).getRawPath() : location;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
