package se.samrad.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Executors;

/**
 * A stand-in for Kolada's v3 API serving generated data in its shapes: a catalogue of {@link #KPIS} KPIs
 * ({@code /v3/kpi}) and every KPI's values for {@link #MUNICIPALITIES} municipalities and Riket over {@link #YEARS}
 * years, each split by gender T/K/M, {@link #ROWS_PER_PAGE} rows a page with an absolute {@code next_url}, as Kolada
 * pages. The values are made up (deterministic), never Kolada's.
 */
final class KoladaFake implements AutoCloseable {

    /** BENCH_KPIS and BENCH_MUNICIPALITIES shrink it for a quick check that the benchmark runs. */
    static final int KPIS = Integer.parseInt(System.getenv().getOrDefault("BENCH_KPIS", "400"));
    static final int MUNICIPALITIES = Integer.parseInt(System.getenv().getOrDefault("BENCH_MUNICIPALITIES", "290"));
    static final int YEARS = 15;
    static final int FIRST_YEAR = 2010;
    static final int ROWS_PER_PAGE = 5000;

    private final HttpServer server;

    KoladaFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.createContext("/v3/kpi", this::catalogue);
        server.createContext("/v3/data/", this::data);
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v3";
    }

    static String kpi(int index) {
        return String.format(Locale.ROOT, "N9%04d", index);
    }

    /** Municipality ids 1001-1290; the first is the benchmark's own. */
    static String municipality(int index) {
        return Integer.toString(1001 + index);
    }

    /** Rows in all: KPIs x (municipalities and Riket) x years. */
    static long rows() {
        return (long) KPIS * (MUNICIPALITIES + 1) * YEARS;
    }

    private void catalogue(HttpExchange exchange) throws IOException {
        StringBuilder out = new StringBuilder("{\"count\":").append(KPIS).append(",\"values\":[");
        for (int k = 0; k < KPIS; k++) {
            out.append(k == 0 ? "" : ",").append("{\"id\":\"").append(kpi(k))
                    .append("\",\"title\":\"Nyckeltal ").append(k).append(", andel (%)\",\"description\":\"\",")
                    .append("\"is_divided_by_gender\":true,\"municipality_type\":\"K\",\"operating_area\":\"Bänk\"}");
        }
        send(exchange, out.append("],\"next_url\":null}").toString());
    }

    private void data(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        int page = query == null || !query.startsWith("page=") ? 0 : Integer.parseInt(query.substring(5));
        long first = (long) page * ROWS_PER_PAGE;
        long last = Math.min(rows(), first + ROWS_PER_PAGE);
        StringBuilder out = new StringBuilder(ROWS_PER_PAGE * 200).append("{\"count\":").append(rows())
                .append(",\"values\":[");
        for (long row = first; row < last; row++) {
            int year = (int) (row % YEARS);
            int place = (int) (row / YEARS % (MUNICIPALITIES + 1));
            int k = (int) (row / YEARS / (MUNICIPALITIES + 1));
            String municipality = place == MUNICIPALITIES ? "0000" : municipality(place);
            double total = 40 + (k % 17) + place % 23 + year * (k % 2 == 0 ? 0.6 : -0.4);
            out.append(row == first ? "" : ",").append("{\"kpi\":\"").append(kpi(k)).append("\",\"municipality\":\"")
                    .append(municipality).append("\",\"period\":").append(FIRST_YEAR + year).append(",\"values\":[")
                    .append(value("T", total)).append(',').append(value("K", total + 1.5)).append(',')
                    .append(value("M", total - 1.5)).append("]}");
        }
        out.append("],\"next_url\":");
        if (last < rows()) {
            out.append('"').append(base()).append(exchange.getRequestURI().getRawPath()).append("?page=")
                    .append(page + 1).append('"');
        } else {
            out.append("null");
        }
        send(exchange, out.append('}').toString());
    }

    private static String value(String gender, double value) {
        return String.format(Locale.ROOT, "{\"gender\":\"%s\",\"count\":1,\"status\":\"\",\"value\":%.2f}", gender, value);
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
