package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An indicator as typed into the form or an import file. */
@Serdeable
public record IndicatorInput(String name, String unit, @Nullable Double valueBefore, @Nullable Integer yearBefore,
                             @Nullable Double valueAfter, @Nullable Integer yearAfter) {
}
