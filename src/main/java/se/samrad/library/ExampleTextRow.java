package se.samrad.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An example's texts in one language. */
@MappedEntity("library_example_text")
record ExampleTextRow(
        @Id @GeneratedValue @Nullable Long id,
        long exampleId,
        String lang,
        String title,
        String summary,
        String problem,
        String actions,
        String results,
        String lessons) {

    ExampleTexts texts() {
        return new ExampleTexts(title, summary, problem, actions, results, lessons);
    }

    static ExampleTextRow of(long exampleId, String lang, ExampleTexts t) {
        return new ExampleTextRow(null, exampleId, lang, t.title(), t.summary(), t.problem(), t.actions(),
                t.results(), t.lessons());
    }
}
