package se.samrad.library;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttachmentRowRepository extends CrudRepository<AttachmentRow, Long> {

    @Query("SELECT id, example_id, file_name, content_type, size_bytes, created_at FROM library_attachment "
            + "WHERE example_id = :exampleId ORDER BY id")
    List<Attachment> listOf(long exampleId);

    /** The extracted texts of the examples' attachments, for the search index. */
    @Query("SELECT example_id, extracted_text FROM library_attachment WHERE example_id IN (:exampleIds) "
            + "AND extracted_text IS NOT NULL")
    List<AttachmentText> textsOf(Collection<Long> exampleIds);

    long countByExampleId(long exampleId);

    /** Attachments whose text is still to be extracted (the upload came before a restart, say). */
    @Query("SELECT id FROM library_attachment WHERE text_pending = TRUE ORDER BY id")
    List<Long> pendingTexts();

    /** The extracted text (null: none could be had), no longer pending. */
    @Query("UPDATE library_attachment SET extracted_text = :text, text_pending = FALSE WHERE id = :id")
    void fillText(long id, @Nullable String text);

    @Introspected
    record AttachmentText(long exampleId, String extractedText) {
    }
}
