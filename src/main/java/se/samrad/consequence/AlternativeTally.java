package se.samrad.consequence;

import io.micronaut.core.annotation.Introspected;

/**
 * How many of an alternative's cells (over both horizons and the aspects its case is assessed on) have a value
 * with this rating, at this weight (2 on the prioritised targets, else 1): the effect's ingredients,
 * counted in the database for every alternative at once.
 */
@Introspected
public record AlternativeTally(long alternativeId, int weight, Rating rating, int cells) {
}
