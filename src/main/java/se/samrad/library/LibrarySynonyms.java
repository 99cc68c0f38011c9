package se.samrad.library;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;
import se.samrad.platform.InvalidRequestException;
import se.samrad.platform.security.CurrentUser;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synonym rules staff add to the library's search, kept in the database: at start-up and after each change
 * the query analyser is rebuilt with them ({@link QuerySynonyms}), so the next search uses them. Another server
 * of the same database picks them up when it starts.
 */
@Singleton
public class LibrarySynonyms implements ApplicationEventListener<StartupEvent> {

    static final int MAX_RULE = 500;
    private static final int MAX_RULES = 2_000;

    private final SynonymRowRepository rows;
    private final QuerySynonyms synonyms;

    LibrarySynonyms(SynonymRowRepository rows, QuerySynonyms synonyms) {
        this.rows = rows;
        this.synonyms = synonyms;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        try {
            synonyms.use(rules(rows.findAllOrderById()));
        } catch (ParseException e) {
            throw new IllegalStateException("A stored library synonym rule does not parse", e);
        }
    }

    public List<SynonymRow> list() {
        return rows.findAllOrderById();
    }

    /**
     * Adds a rule ("a, b, c" or "a => b"), in force from the next search.
     *
     * @throws InvalidRequestException when it is empty, too long or not a rule
     */
    public synchronized SynonymRow add(CurrentUser user, String rule) {
        String text = rule == null ? "" : rule.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > MAX_RULE || text.contains("\n")
                || !text.matches(".*[\\p{L}\\p{N}].*[,=>]\\s*.*[\\p{L}\\p{N}].*")) {
            throw new InvalidRequestException("library.synonyms.invalid");
        }
        List<SynonymRow> all = new ArrayList<>(rows.findAllOrderById());
        if (all.size() >= MAX_RULES) {
            throw new InvalidRequestException("library.synonyms.full");
        }
        List<String> rules = new ArrayList<>(rules(all));
        rules.add(text);
        try {
            synonyms.use(rules);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidRequestException("library.synonyms.invalid");
        }
        return rows.save(new SynonymRow(null, text, user.accountId(), null));
    }

    public synchronized void remove(long id) {
        rows.deleteById(id);
        try {
            synonyms.use(rules(rows.findAllOrderById()));
        } catch (ParseException e) {
            throw new IllegalStateException("A stored library synonym rule does not parse", e);
        }
    }

    private static List<String> rules(List<SynonymRow> all) {
        return all.stream().map(SynonymRow::rule).toList();
    }
}
