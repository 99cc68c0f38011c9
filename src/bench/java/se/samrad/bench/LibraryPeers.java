package se.samrad.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The library benchmark's peers on the same rows in the same run (issue 23): MariaDB's InnoDB FULLTEXT and
 * PostgreSQL's full-text search, each scored on both judged sets per kind of query and loaded by the same number of
 * clients with the texts of the benchmark's search mix. The peers answer over JDBC with ten ids: no HTTP, no facets,
 * no total, no highlighting, no filters (Samråd's mix adds facet filters to most searches), so their latency is a
 * floor. MariaDB's boolean mode ranks with the same formula as its natural language mode (the same scores for the
 * same words), so only the natural one is loaded.
 */
final class LibraryPeers {

    /** A peer's figures for the BENCH line: NaN where it did not run. */
    record Figures(double p50Ms, double p99Ms, double ndcgSet1, double ndcgSet2, double ndcgSet3) {
        static final Figures NONE = new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Both peers' figures. */
    record Both(Figures mariadb, Figures postgres) {
    }

    private LibraryPeers() {
    }

    /**
     * Builds both peers from the library's rows in {@code database} for the demo admin of organisation
     * {@code demo}, scores them on the sets (MariaDB also in boolean mode) and loads them one after the other.
     */
    static Both measureBoth(BenchDatabase database, long demo, List<JudgedSet> sets, List<Map<String, Long>> ids,
                            List<String> texts, int clients, Duration warmUp, Duration duration,
                            Map<String, Map<String, Map<String, Quality.Scores>>> quality) throws Exception {
        PeerReader reader;
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            reader = PeerReader.of(db, demo);
        }
        Figures mariadb;
        SqlPeer natural = MariaDbFullText.create(database, reader, clients);
        try (SqlPeer bool = MariaDbFullText.booleanMode(natural, reader)) {
            mariadb = measure(natural, sets, ids, texts, clients, warmUp, duration, quality);
            scoreOnly(bool, sets, ids, quality);
        } finally {
            natural.closeAll();
        }
        String name = database.jdbcUrl().substring(database.jdbcUrl().lastIndexOf('/') + 1);
        SqlPeer pg = PostgresFullText.create(database, name, reader, clients);
        if (pg == null) {
            return new Both(mariadb, Figures.NONE);
        }
        try {
            return new Both(mariadb, measure(pg, sets, ids, texts, clients, warmUp, duration, quality));
        } finally {
            pg.closeAll();
        }
    }

    /**
     * Scores and loads one peer: its quality on each set, printed per kind and kept in {@code quality} (set, engine,
     * kind), then its latency.
     */
    static Figures measure(SqlPeer peer, List<JudgedSet> sets, List<Map<String, Long>> ids, List<String> texts,
                           int clients, Duration warmUp, Duration duration,
                           Map<String, Map<String, Map<String, Quality.Scores>>> quality) throws Exception {
        double[] ndcg = scoreOnly(peer, sets, ids, quality);
        if (duration.isZero()) {
            return new Figures(Double.NaN, Double.NaN, ndcg[0], ndcg[1], set(ndcg, 2));
        }
        List<String> words = texts.stream().filter(t -> !t.isBlank()).toList();
        Random random = new Random(7);
        Load.Result result = Load.run(peer.name() + " search", clients, warmUp, duration, c -> {
            String text;
            synchronized (random) {
                text = words.get(random.nextInt(words.size()));
            }
            peer.top(c, text, 10);
        });
        System.out.println(result);
        return new Figures(result.p50Ms(), result.p99Ms(), ndcg[0], ndcg[1], set(ndcg, 2));
    }

    /** The peer's quality on each set (printed and kept); returns the overall nDCG@10 of each. */
    static double[] scoreOnly(SqlPeer peer, List<JudgedSet> sets, List<Map<String, Long>> ids,
                              Map<String, Map<String, Map<String, Quality.Scores>>> quality) throws Exception {
        double[] ndcg = new double[sets.size()];
        for (int i = 0; i < sets.size(); i++) {
            Map<String, Quality.Scores> scores = Quality.score(sets.get(i), ids, i, peer.engine(), 0);
            Quality.print(sets.get(i).name(), peer.name(), scores);
            quality.computeIfAbsent(sets.get(i).name(), k -> new LinkedHashMap<>()).put(peer.name(), scores);
            ndcg[i] = scores.get(Quality.OVERALL).ndcg();
        }
        return ndcg;
    }

    private static double set(double[] ndcg, int i) {
        return i < ndcg.length ? ndcg[i] : Double.NaN;
    }

    /** "12.3" as the BENCH line writes a figure, "NaN" for a peer that did not run. */
    static String figure(double value, String format) {
        return Double.isNaN(value) ? "NaN" : format.formatted(value);
    }
}
