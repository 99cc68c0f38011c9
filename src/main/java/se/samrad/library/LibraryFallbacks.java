package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A text search and what is tried when it finds nothing, in this order:
 * <ol>
 * <li>the words as typed ({@link LibraryQueryBuilder}: ranked, or every word with operators); a question
 * whose words together give less than a page has the page filled with examples that have some of them;</li>
 * <li>compound words of the query found by their parts, all of them ("vattenledning" in
 * "vattenledningsnätet"), when the words then find something the reader may see (even if the facet filters
 * leave nothing): they are spelled right, and no typing errors are assumed;</li>
 * <li>words the index lacks widened to the nearest words it has ({@link LibrarySpelling}), with the nearest as a
 * spelling to offer if it finds something under the filters;</li>
 * <li>a question (a sentence rather than search words, {@link LibraryQueryBuilder#isQuestion}): the examples
 * with any of its words, ranked;</li>
 * <li>nothing: the closest query that finds something is offered, the words that find nothing left out or
 * replaced by their heads; a question gets that query's examples with it.</li>
 * </ol>
 */
final class LibraryFallbacks {

    private static final int HEAD_LETTERS = 4;

    /** What the index does with a query: run it for a page of results, count what the reader may see. */
    interface Runner {
        ExampleIndex.Result run(Query query, boolean fuzzy, String suggestion) throws IOException;

        /** Matches the reader may see, ignoring the facet filters. */
        long visible(Query query) throws IOException;

        /** Matches the reader may see under the facet filters. */
        long filtered(Query query) throws IOException;
    }

    private final IndexSearcher searcher;
    private final Analyzer queryAnalyzer;
    private final Analyzer indexAnalyzer;
    private final Map<String, Float> fields;
    private final Runner runner;

    LibraryFallbacks(IndexSearcher searcher, Analyzer queryAnalyzer, Analyzer indexAnalyzer,
                     Map<String, Float> fields, Runner runner) {
        this.searcher = searcher;
        this.queryAnalyzer = queryAnalyzer;
        this.indexAnalyzer = indexAnalyzer;
        this.fields = fields;
        this.runner = runner;
    }

    ExampleIndex.Result search(String text) throws IOException {
        Set<String> unsplit = unsplit(LibraryQueryBuilder.compoundWords(text), LibraryQueryBuilder.isQuestion(text));
        Query exact = LibraryQueryBuilder.build(queryAnalyzer, text, fields, unsplit);
        ExampleIndex.Result result = runner.run(exact, false, null);
        boolean operators = LibraryQueryBuilder.hasOperators(text);
        if (result.total() > 0) {
            boolean question = !operators && LibraryQueryBuilder.isQuestion(text);
            return question && result.total() < result.size()
                    ? runner.run(LibraryQueryBuilder.toppedUp(queryAnalyzer, text, fields, unsplit), false, null) : result;
        }
        List<String> words = LibraryQueryBuilder.meaningful(text);
        Query parts = operators ? parser(indexAnalyzer).parse(LibraryQueryBuilder.withoutStopWords(text))
                : inParts(words);
        if (parts != null && runner.visible(parts) > 0) {
            ExampleIndex.Result inParts = runner.run(parts, true, null);
            return inParts.total() > 0 ? inParts : result;
        }
        if (runner.visible(exact) > 0) {
            return result; // found, but not under the facet filters: no typing errors to assume
        }
        Query widened;
        String spelling;
        if (operators) {
            LibrarySpelling.Typos typos = LibrarySpelling.typos(searcher, text);
            widened = typos.any() ? LibraryQueryBuilder.build(queryAnalyzer, typos.widened(), fields) : null;
            spelling = typos.any() ? typos.spelling() : null;
        } else {
            List<LibrarySpelling.Typos> each = new ArrayList<>();
            for (String word : words) {
                each.add(LibrarySpelling.typos(searcher, word));
            }
            boolean any = each.stream().anyMatch(LibrarySpelling.Typos::any);
            SimpleQueryParser parser = parser(queryAnalyzer);
            widened = any ? LibraryQueryBuilder.ranked(words,
                    word -> parser.parse(each.get(words.indexOf(word)).widened()), queryAnalyzer, fields) : null;
            spelling = any ? String.join(" ", each.stream().map(LibrarySpelling.Typos::spelling).toList()) : null;
        }
        if (widened != null) {
            String offered = spelling != null && !spelling.equalsIgnoreCase(text) && runner.filtered(
                    LibraryQueryBuilder.build(queryAnalyzer, spelling, fields)) > 0 ? spelling : null;
            ExampleIndex.Result typos = runner.run(widened, true, offered);
            if (typos.total() > 0 || operators) {
                return typos;
            }
        }
        if (!operators && LibraryQueryBuilder.isQuestion(text)) {
            ExampleIndex.Result some = runner.run(LibraryQueryBuilder.anyWord(queryAnalyzer, text, fields, unsplit), true, null);
            if (some.total() > 0) {
                return some;
            }
        }
        String closest = operators ? null : fewerWords(words);
        if (closest != null && LibraryQueryBuilder.isQuestion(text)) {
            // A question is answered with what comes closest rather than nothing, the closest query offered.
            ExampleIndex.Result nearest = runner.run(LibraryQueryBuilder.anyWord(queryAnalyzer, closest, fields, unsplit),
                    true, closest);
            if (nearest.total() > 0) {
                return nearest;
            }
        }
        return new ExampleIndex.Result(0, result.page(), result.size(), result.hits(), result.facets(), true,
                closest);
    }

    /**
     * The compound words of a query not to search in parts as well: in a question, those the examples use as they
     * are typed (there the parts would count as the word towards the share of the question's words required, and
     * rank examples that lack it among those that have it); and those one typing error from a word the index has
     * ("upphandlig"). A search of plain words finds a compound's parts also when some example has the compound.
     */
    private Set<String> unsplit(List<String> compounds, boolean question) throws IOException {
        Set<String> unsplit = new java.util.HashSet<>();
        for (String word : compounds) {
            if (question && searcher.getIndexReader().docFreq(new org.apache.lucene.index.Term("spell", word)) > 0) {
                unsplit.add(word);
            }
        }
        List<String> absent = compounds.stream().filter(word -> !unsplit.contains(word)).toList();
        unsplit.addAll(LibrarySpelling.oneEditFromIndexed(searcher, absent));
        return unsplit;
    }

    /** The query with each compound word replaced by all its parts, or null when no word is a compound. */
    private Query inParts(List<String> words) {
        SimpleQueryParser parser = parser(queryAnalyzer);
        boolean any = false;
        for (String word : words) {
            any |= !SwedishCompounds.standard().split(word.toLowerCase(Locale.ROOT)).isEmpty();
        }
        if (!any) {
            return null;
        }
        return LibraryQueryBuilder.ranked(words, word -> {
            List<String> parts = SwedishCompounds.standard().split(word.toLowerCase(Locale.ROOT));
            if (parts.isEmpty()) {
                return parser.parse(word);
            }
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            parts.forEach(part -> all.add(parser.parse(part), Occur.MUST));
            return all.build();
        }, queryAnalyzer, fields);
    }

    /**
     * The closest query that finds something under the filters: the words that find something each, a word that
     * finds nothing replaced by its head when that does ("klädavfallet" by "avfallet": a compound whose first
     * part the lists lack), the others left out; null when that is the query itself or finds nothing.
     */
    private String fewerWords(List<String> words) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String word : words) {
            if (finds(word)) {
                kept.add(word);
            } else {
                String head = head(word);
                if (head != null) {
                    kept.add(head);
                }
            }
        }
        if (kept.isEmpty() || kept.equals(words)) {
            return null;
        }
        String closest = String.join(" ", kept);
        return runner.filtered(LibraryQueryBuilder.build(queryAnalyzer, closest, fields)) > 0 ? closest : null;
    }

    private boolean finds(String word) throws IOException {
        return runner.filtered(LibraryQueryBuilder.build(queryAnalyzer, word, fields)) > 0;
    }

    /**
     * The longest end of a word, four letters or more after at least two, that finds something as a word of its
     * own ("konsumtionen" of "klädkonsumtionen"): a count per candidate, only when nothing was found.
     */
    private String head(String word) throws IOException {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.codePoints().allMatch(Character::isLetter)) {
            return null;
        }
        for (int from = 2; from <= lower.length() - HEAD_LETTERS; from++) {
            String end = lower.substring(from);
            if (finds(end)) {
                return end;
            }
        }
        return null;
    }

    private SimpleQueryParser parser(Analyzer analyzer) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
        parser.setDefaultOperator(Occur.MUST);
        return parser;
    }
}
