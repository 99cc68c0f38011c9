package se.samrad.support;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests: keeps cookies, does not follow redirects (so tests see them), and
 * sends the CSRF token with forms the way the pages do.
 */
public final class WebClient {

    private final URI base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String acceptLanguage = "sv";

    public WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A client of the server at {@code base}, signed in as {@code account} (made by {@link Fixtures}). */
    public static WebClient signedIn(URI base, se.samrad.platform.account.Account account) {
        WebClient client = new WebClient(base);
        client.signIn(account.email(), Fixtures.PASSWORD);
        return client;
    }

    public record Response(int status, String body, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String location() {
            return header("Location");
        }

        /** This response, after asserting its status (a negative test must not pass on an error page). */
        public Response expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected status " + expected + " but was " + status + ": "
                        + body.substring(0, Math.min(body.length(), 500)));
            }
            return this;
        }

        /** The body parsed as HTML, for assertions on selectors. */
        public Document document() {
            return Jsoup.parse(body);
        }
    }

    /** GET that must answer 200 (a page or JSON the caller may see). */
    public Response ok(String path) {
        return get(path).expect(200);
    }

    /** GET with {@code Accept: application/json} that must answer 200. */
    public Response okJson(String path) {
        return getJson(path).expect(200);
    }

    /** A page that must answer 200, parsed as HTML. */
    public Document page(String path) {
        return ok(path).document();
    }

    public WebClient acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Response getJson(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    /** A JSON request carrying only the given cookie (for replaying a stolen session cookie). */
    public Response getJsonWithCookie(String path, HttpCookie cookie) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json")
                .header("Cookie", cookie.getName() + "=" + cookie.getValue()).GET());
    }

    /** Posts a JSON body, as API clients do (no CSRF token: browsers cannot send JSON cross-site). */
    public Response postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts a form with the browser's CSRF token added, as the pages do. */
    public Response post(String path, Map<String, ?> fields) {
        Map<String, Object> withToken = new LinkedHashMap<>(fields);
        withToken.putIfAbsent("_csrf", csrfToken());
        return postRaw(path, withToken);
    }

    public Response post(String path, Object... keyValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put((String) keyValues[i], keyValues[i + 1]);
        }
        return post(path, fields);
    }

    /** Posts exactly the given fields (no CSRF token unless included). */
    public Response postRaw(String path, Map<String, ?> fields) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(fields))));
    }

    /**
     * A multipart form post the way a browser sends a file upload (CSRF token in the query string); {@code file}
     * may be null.
     */
    public Response multipart(String path, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----samrad" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path + "?_csrf=" + csrfToken()))
                .timeout(java.time.Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Response signIn(String email, String password) {
        Response response = post("/login", "email", email, "password", password);
        if (response.status() != 303) {
            throw new AssertionError("Sign-in of " + email + " failed with " + response.status());
        }
        return response;
    }

    public String csrfToken() {
        String token = cookie("samrad_csrf");
        if (token == null) {
            get("/login");
            token = cookie("samrad_csrf");
        }
        return token;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    /** A download's bytes (an XLSX, a PDF), asserting it answered 200. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            builder.header("Accept-Language", acceptLanguage);
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(Map<String, ?> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((key, value) -> {
            if (value instanceof Iterable<?> many) {
                many.forEach(v -> pairs.add(pair(key, v)));
            } else if (value != null) {
                pairs.add(pair(key, value));
            }
        });
        return pairs.stream().collect(Collectors.joining("&"));
    }

    private static String pair(String key, Object value) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
