package se.samrad.indicator;

import io.micronaut.core.annotation.Nullable;

import java.util.Collection;

/**
 * Where the organisation stands among its comparison group in a year, as Kolada colours it: the best quarter,
 * the middle half or the worst quarter (by the desired direction). Words and an icon carry it, not colour alone.
 */
public enum Rank {
    BEST("▲"), MIDDLE("■"), WORST("▼");

    private final String icon;

    Rank(String icon) {
        this.icon = icon;
    }

    public String icon() {
        return icon;
    }

    /**
     * The own value's place among {@code others} (the comparison values, own excluded): the share of the others
     * it is better than; the best quarter from 75 %, the worst below 25 %. Null without others.
     */
    static @Nullable Rank of(double own, Collection<Double> others, Direction direction) {
        if (others.isEmpty()) {
            return null;
        }
        double better = 0;
        for (double other : others) {
            double d = direction.sign() * (own - other);
            better += d > 0 ? 1 : d == 0 ? 0.5 : 0;
        }
        double share = better / others.size();
        return share >= 0.75 ? BEST : share < 0.25 ? WORST : MIDDLE;
    }
}
