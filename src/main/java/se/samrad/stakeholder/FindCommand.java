package se.samrad.stakeholder;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * What to look for in the register, as typed: words found in names, descriptions and timelines (parts of words
 * too), a kind, a current overall quadrant, a linked target, and "not heard from since" a date or never engaged.
 */
@Introspected
public record FindCommand(
        @Size(max = 200, message = "form.error.too-long") String q,
        @Nullable StakeholderKind kind,
        @Nullable Quadrant quadrant,
        @Nullable Long target,
        @IsoDate String silentSince,
        boolean never) {

    static FindCommand from(HttpParameters parameters) {
        String target = parameters.get("target", String.class, "").strip();
        return new FindCommand(parameters.get("q", String.class, "").strip(),
                Enums.parse(StakeholderKind.class, parameters.get("kind", String.class, "")),
                Enums.parse(Quadrant.class, parameters.get("quadrant", String.class, "")),
                target.matches("[0-9]{1,18}") ? Long.valueOf(target) : null,
                parameters.get("silentSince", String.class, "").strip(),
                "on".equals(parameters.get("never", String.class, "")));
    }

    /** Nothing asked for: the page shows the form only. */
    public boolean blank() {
        return q.isEmpty() && kind == null && quadrant == null && target == null && silentSince.isEmpty() && !never;
    }

    public String kindName() {
        return kind == null ? "" : kind.name();
    }

    public String quadrantName() {
        return quadrant == null ? "" : quadrant.name();
    }

    public String targetText() {
        return target == null ? "" : target.toString();
    }

    @Nullable LocalDate silentSinceDate() {
        return Dates.parse(silentSince);
    }
}
