package se.samrad.stakeholder;

/**
 * The four parts of Mendelow's interest/influence grid. Interest and influence are 1-5; 3 and above count as
 * high, so a stakeholder in the middle gets the more attentive treatment rather than being left to "monitor".
 */
public enum Quadrant {
    /** High influence, high interest. */
    MANAGE_CLOSELY,
    /** High influence, low interest. */
    KEEP_SATISFIED,
    /** Low influence, high interest. */
    KEEP_INFORMED,
    /** Low influence, low interest. */
    MONITOR;

    public static final int MIN = 1;
    public static final int MAX = 5;
    static final int HIGH = 3;

    public static Quadrant of(int interest, int influence) {
        if (interest < MIN || interest > MAX || influence < MIN || influence > MAX) {
            throw new IllegalArgumentException("levels are " + MIN + "-" + MAX);
        }
        boolean interested = interest >= HIGH;
        boolean influential = influence >= HIGH;
        if (influential) {
            return interested ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interested ? KEEP_INFORMED : MONITOR;
    }
}
