package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** The language-independent part of a good-practice example (goda exempel). */
@MappedEntity("library_example")
record ExampleRow(
        @Id @GeneratedValue @Nullable Long id,
        long organisationId,
        ExampleStatus status,
        Visibility visibility,
        @Nullable Long networkId,
        String lang,
        ExampleKind kind,
        String municipality,
        String region,
        @Nullable Integer yearFrom,
        @Nullable Integer yearTo,
        String costs,
        String contact,
        String dimensions,
        String tags,
        String links,
        String reviewNote,
        @Nullable Long createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        int revision) {

    ExampleRow withStatus(ExampleStatus next, String note, Instant now, @Nullable Instant published) {
        return new ExampleRow(id, organisationId, next, visibility, networkId, lang, kind, municipality, region,
                yearFrom, yearTo, costs, contact, dimensions, tags, links, note, createdBy, createdAt, now, published,
                revision + 1);
    }

    ExampleRow withContent(ExampleDraft d, Instant now) {
        return new ExampleRow(id, organisationId, status, d.visibility(), d.networkId(), d.lang(), d.kind(),
                d.municipality(), d.region(), d.yearFrom(), d.yearTo(), d.costs(), d.contact(),
                se.samrad.goals.Dimension.format(d.dimensions()), String.join(", ", d.tags()), String.join("\n", d.links()),
                reviewNote, createdBy, createdAt, now, publishedAt, revision + 1);
    }
}
