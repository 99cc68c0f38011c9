package se.samrad.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One person's browser for benchmarks: its own cookies, the CSRF token sent with forms as the pages do. */
final class StaffClient {

    private final BenchServer server;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    StaffClient(BenchServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** GETs a path and fails unless the answer has the expected status. */
    String get(String path, int expectedStatus, String accept) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri(path)).header("Accept", accept)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        expect(path, response, expectedStatus);
        return response.body();
    }

    /** Signs in (fetching the sign-in page first for its CSRF cookie); fails unless the server redirects. */
    void signIn(String email, String password) throws IOException, InterruptedException {
        if (csrfToken() == null) {
            get("/login", 200, "text/html");
        }
        String form = "_csrf=" + encode(csrfToken()) + "&email=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        expect("/login", response, 303);
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("samrad_csrf"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static void expect(String path, HttpResponse<String> response, int status) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(path + " answered " + response.statusCode() + " instead of " + status);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
