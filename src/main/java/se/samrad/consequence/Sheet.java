package se.samrad.consequence;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;

/**
 * Every view and agreed value of one case, by cell. A cell's value is the agreed one when the owner settled it,
 * else the assessors' common rating when they all agree; when they differ it is disputed until settled.
 */
public record Sheet(Map<Key, List<View>> views, Map<Key, AgreedRow> agreed) {

    public record Key(long alternativeId, Horizon horizon, String aspect) {
    }

    /** One assessor's view with the assessor's name. */
    public record View(ViewRow row, String assessor) {
    }

    /** A cell as the matrix and the prioritisation need it: its value, whether views differ, how many assessed. */
    public record Summary(@Nullable Rating value, boolean disagreement, int assessors) {
    }

    /** A cell as pages show it. */
    public record Cell(List<View> views, @Nullable AgreedRow agreed, String agreedBy) {

        public boolean disagreement() {
            return views.stream().map(v -> v.row().rating()).distinct().count() > 1;
        }

        /** The agreed value, else the assessors' one rating; null while nobody assessed or they differ. */
        @Nullable
        public Rating value() {
            if (agreed != null) {
                return agreed.rating();
            }
            return views.isEmpty() || disagreement() ? null : views.get(0).row().rating();
        }

        /** The reasons behind the value: the owner's note, else each assessor's reason. */
        public String reason() {
            if (agreed != null) {
                return agreed.note();
            }
            return String.join(" ", views.stream().map(v -> v.row().reason()).filter(r -> !r.isBlank()).distinct()
                    .toList());
        }

        public int assessors() {
            return views.size();
        }

        public boolean settled() {
            return agreed != null;
        }

        public boolean empty() {
            return views.isEmpty() && agreed == null;
        }

        @Nullable
        public View viewOf(long accountId) {
            return views.stream().filter(v -> v.row().assessorAccountId() == accountId).findFirst().orElse(null);
        }
    }

    public Cell cell(long alternativeId, Horizon horizon, String aspect, Map<Long, String> people) {
        Key key = new Key(alternativeId, horizon, aspect);
        AgreedRow a = agreed.get(key);
        return new Cell(views.getOrDefault(key, List.of()), a,
                a == null || a.decidedByAccount() == null ? "" : people.getOrDefault(a.decidedByAccount(), ""));
    }
}
