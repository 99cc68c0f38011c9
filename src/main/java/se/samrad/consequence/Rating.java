package se.samrad.consequence;

/**
 * A rating of one consequence: a five-step scale from clearly negative to clearly positive, plus "uncertain".
 * Pages show it in words and by its symbol, never by colour alone.
 */
public enum Rating {
    CLEARLY_NEGATIVE(-2, "−−"),
    NEGATIVE(-1, "−"),
    NEUTRAL(0, "0"),
    POSITIVE(1, "+"),
    CLEARLY_POSITIVE(2, "++"),
    UNCERTAIN(0, "?");

    private final int score;
    private final String symbol;

    Rating(int score, String symbol) {
        this.score = score;
        this.symbol = symbol;
    }

    /** −2 … +2; "uncertain" counts as 0 where scores are added up. */
    public int score() {
        return score;
    }

    public String symbol() {
        return symbol;
    }

    /** The bundle key of its name. */
    public String key() {
        return "consequence.rating." + name();
    }
}
