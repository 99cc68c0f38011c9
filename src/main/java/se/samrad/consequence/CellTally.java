package se.samrad.consequence;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * The assessors' views of one cell counted in the database: how many views, how many different ratings, and the
 * rating when they all agree. What the matrix and the prioritisation need of the views, without reading each one.
 */
@Introspected
public record CellTally(long alternativeId, Horizon horizon, String aspect, int assessors, int ratings,
                        @Nullable Rating rating) {
}
