package se.samrad.dialogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The residents who left an e-mail address for feedback, with the language they answered in. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface FeedbackContactRepository extends GenericRepository<StoredResponse, Long> {

    @Introspected
    record FeedbackContact(String name, String email, String lang) {
    }

    @Query("SELECT COALESCE(c.name, '') AS name, c.email, r.lang FROM dialogue_contact c"
            + " JOIN dialogue_response r ON r.id = c.response_id"
            + " WHERE c.dialogue_id = :dialogueId AND r.state = 'SUBMITTED' AND c.email IS NOT NULL AND c.email <> ''"
            + " ORDER BY c.response_id")
    List<FeedbackContact> withEmail(long dialogueId);
}
