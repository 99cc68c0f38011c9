package se.samrad.platform.db;

import java.util.Collections;

/** The {@code ?} markers of statements whose number of values is only known at run time. */
public final class Placeholders {

    private Placeholders() {
    }

    /** {@code count} markers for an {@code IN (...)} list: {@code ?,?,?}. */
    public static String list(int count) {
        return rows("?", count);
    }

    /** {@code count} copies of one row's markers for a multi-row {@code VALUES}: {@code (?,?),(?,?)}. */
    public static String rows(String row, int count) {
        return String.join(",", Collections.nCopies(count, row));
    }
}
