package se.samrad.library;

import jakarta.inject.Singleton;
import org.apache.lucene.analysis.Analyzer;

import java.text.ParseException;
import java.util.List;

/**
 * The query analyser with the synonyms in force: the lists shipped in resources and the rules staff added
 * (see {@link LibraryVocabulary#synonyms}). Synonyms apply to queries only, so a change takes effect with the
 * next search, with no reindexing: the analyser is rebuilt and swapped.
 */
@Singleton
public class QuerySynonyms {

    private volatile Analyzer analyzer;

    public QuerySynonyms() {
        try {
            analyzer = LibraryAnalyzers.forQuery(List.of());
        } catch (ParseException e) {
            throw new IllegalStateException("The library's shipped synonym lists do not parse", e);
        }
    }

    Analyzer analyzer() {
        return analyzer;
    }

    /**
     * Uses the shipped lists and these rules from now on.
     *
     * @throws ParseException when a rule is not in the Solr synonym format; the rules in force stay as they were
     */
    void use(List<String> rules) throws ParseException {
        analyzer = LibraryAnalyzers.forQuery(rules);
    }
}
