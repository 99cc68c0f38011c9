package se.samrad.indicator;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads Kolada's API at a configurable base URL ({@code samrad.kolada.base-url}, by default
 * https://api.kolada.se/v3; empty when the server cannot reach it), following its paging ({@code next_url},
 * v2's {@code next_page}) to the last page.
 */
@Singleton
class KoladaClient {

    static final int MAX_PAGES = 2_000;

    private final String baseUrl;
    private final KoladaFormat format;
    private final HttpClient http;

    KoladaClient(@Value("${samrad.kolada.base-url:`https://api.kolada.se/v3`}") String baseUrl, KoladaFormat format) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.format = format;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    boolean configured() {
        return !baseUrl.isBlank();
    }

    /** The whole KPI catalogue. */
    List<KoladaFormat.Kpi> catalogue() {
        List<KoladaFormat.Kpi> all = new ArrayList<>();
        pages(baseUrl + "/kpi", format::kpis, all::addAll);
        return all;
    }

    /** Every year's values of these KPIs for these municipalities (ids, groups, 0000 Riket), page by page. */
    void values(List<String> kpis, List<String> municipalities, Consumer<List<KoladaFormat.Value>> page) {
        pages(baseUrl + "/data/kpi/" + join(kpis) + "/municipality/" + join(municipalities), format::values, page);
    }

    private static String join(List<String> ids) {
        return URLEncoder.encode(String.join(",", ids), StandardCharsets.UTF_8).replace("%2C", ",");
    }

    private <T> void pages(String first, Function<byte[], KoladaFormat.Page<T>> read, Consumer<List<T>> each) {
        String next = first;
        for (int page = 0; next != null; page++) {
            if (page == MAX_PAGES) {
                throw new InvalidRequestException("indicator.kolada.error.unreachable");
            }
            KoladaFormat.Page<T> answer = read.apply(get(URI.create(first).resolve(next)));
            each.accept(answer.items());
            next = answer.next();
        }
    }

    private byte[] get(URI uri) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new InvalidRequestException("indicator.kolada.error.unreachable");
            }
            return response.body();
        } catch (IOException e) {
            throw new InvalidRequestException("indicator.kolada.error.unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InvalidRequestException("indicator.kolada.error.unreachable");
        }
    }
}
