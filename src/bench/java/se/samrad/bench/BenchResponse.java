package se.samrad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's complete response number {@code n} to the demo dialogue's ten answered questions, varied by
 * {@code n}: as the JSON body a kiosk posts ({@link #json}), and as the rows the server stores for it
 * ({@link #rows}, {@link #packed}), for the storage floor, which writes them without the server. The rows are what
 * the server makes of the same answers (one per chosen option, value or rank; the background answers also as the
 * response's groups); {@link StorageFloor} checks that against a response the server stored.
 */
record BenchResponse(long n, String lang, String thrive, String[] issues, int listen, String goal, int years,
                     String age, String gender, String district) {

    /** One answer row: question, option (or null), position among the question's answers, number (or null). */
    record Row(String question, String option, int seq, Integer number) {
    }

    static final String[] PRIORITIES = {"schools", "buses", "housing", "nature"};
    private static final String[] THRIVE = {"very", "good", "good", "bad", "verybad"};
    private static final String[] ISSUES = {"foodwaste", "safety", "green", "jobs"};
    private static final String[] DISTRICTS = {"centrum", "centrum", "norr", "soder", "landsbygd"};
    private static final String[] AGES = {"0-19", "20-39", "40-64", "65+"};
    static final String HOME_LANGUAGE = "sv";

    static BenchResponse of(long n, String[] goalIds) {
        Random r = new Random(n);
        r.nextLong(); // the client id's suffix (kept from the first version, so that the answers stay the same)
        return new BenchResponse(n, n % 5 == 0 ? "ar" : "sv", THRIVE[r.nextInt(THRIVE.length)],
                new String[] {ISSUES[r.nextInt(2)], ISSUES[2 + r.nextInt(2)]}, 1 + r.nextInt(5),
                goalIds[r.nextInt(goalIds.length)], r.nextInt(80), AGES[r.nextInt(AGES.length)],
                r.nextBoolean() ? "woman" : "man", DISTRICTS[r.nextInt(DISTRICTS.length)]);
    }

    /** The client id the JSON body sends. */
    String clientId() {
        return "bench-" + n + "-" + Long.toHexString(new Random(n).nextLong());
    }

    String json() {
        return "{\"clientId\":\"" + clientId() + "\",\"lang\":\"" + lang + "\",\"answers\":{"
                + "\"thrive\":[\"" + thrive + "\"],"
                + "\"issues\":[\"" + issues[0] + "\",\"" + issues[1] + "\"],"
                + "\"listen\":[\"" + listen + "\"],"
                + "\"goals\":[\"" + goal + "\"],"
                + "\"priorities\":[\"schools\",\"buses\",\"housing\",\"nature\"],"
                + "\"years\":[\"" + years + "\"],"
                + "\"age\":[\"" + age + "\"],"
                + "\"gender\":[\"" + gender + "\"],"
                + "\"district\":[\"" + district + "\"],"
                + "\"homelang\":[\"" + HOME_LANGUAGE + "\"]}}";
    }

    /** The rows in the order of the questionnaire (the conditional travel section is not shown: no "transit"). */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>(14);
        rows.add(new Row("thrive", thrive, 0, null));
        rows.add(new Row("issues", issues[0], 0, null));
        rows.add(new Row("issues", issues[1], 1, null));
        rows.add(new Row("listen", String.valueOf(listen), 0, listen));
        rows.add(new Row("goals", goal, 0, null));
        for (int i = 0; i < PRIORITIES.length; i++) {
            rows.add(new Row("priorities", PRIORITIES[i], i, i + 1));
        }
        rows.add(new Row("years", null, 0, years));
        rows.add(new Row("age", age, 0, null));
        rows.add(new Row("gender", gender, 0, null));
        rows.add(new Row("district", district, 0, null));
        rows.add(new Row("homelang", HOME_LANGUAGE, 0, null));
        return rows;
    }

    /** The rows as the response row keeps them: a JSON array of [question, option, seq, number], defaults left off. */
    String packed() {
        StringBuilder out = new StringBuilder(300).append('[');
        for (Row row : rows()) {
            out.append(out.length() > 1 ? "," : "").append("[\"").append(row.question()).append('"');
            if (row.option() != null || row.seq() != 0 || row.number() != null) {
                out.append(',').append(row.option() == null ? "null" : "\"" + row.option() + "\"");
            }
            if (row.seq() != 0 || row.number() != null) {
                out.append(',').append(row.seq());
            }
            if (row.number() != null) {
                out.append(',').append(row.number());
            }
            out.append(']');
        }
        return out.append(']').toString();
    }
}
