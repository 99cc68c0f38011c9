package se.samrad.platform.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A network of organisations that share content, e.g. a regional learning network (lärande nätverk). */
@Serdeable
@MappedEntity("network")
public record Network(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String description,
        Instant createdAt) {
}
