package se.samrad.consequence;

/** The time horizons of an assessment: short term (1–3 years) and long term (10 years or more). */
public enum Horizon {
    SHORT, LONG;

    public String key() {
        return "consequence.horizon." + name();
    }
}
