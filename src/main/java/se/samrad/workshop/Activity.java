package se.samrad.workshop;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;

/** One activity on a workshop's agenda: a poll, an idea board, breakout groups, an SDG interaction matrix... */
@MappedEntity("workshop_activity")
public record Activity(
        @Id @GeneratedValue @Nullable Long id,
        long workshopId,
        int position,
        ActivityKind kind,
        String title,
        String prompt,
        @TypeDef(type = DataType.STRING) String config,
        Instant createdAt) {
}
