package se.samrad.library;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns what a reader typed into a Lucene query. Plain words, a whole question included, are matched ranked:
 * the words that carry meaning ({@link LibraryVocabulary#isStopWord}: "hur", "få", "i" never veto a result) are
 * each searched in every field, a share of them must match ({@link #required}), examples with more of them rank
 * higher, and the words near each other in a title or text lift an example further. A word that is a goal or
 * target code ("12.3", "miljokvalitetsmal:1") also finds the examples tagged with it. When the reader uses the
 * operators of {@link SimpleQueryParser} (quotes, {@code -}, {@code +}, {@code |}, or AND / OR written out),
 * every word is required as before, stop words aside.
 */
final class LibraryQueryBuilder {

    static final String CODE_FIELD = "code";
    private static final Pattern OPERATORS = Pattern.compile("[\"+|()*~]|(^|\\s)-\\S|(^|\\s)(AND|OR|NOT)(\\s|$)");
    private static final Pattern CODE = Pattern.compile("(?:[\\p{L}\\d_-]+[:/])?\\d+(?:\\.[\\p{Alnum}]+)?"
            + "|[\\p{L}\\d_-]+[:/][\\p{Alnum}.]+");
    private static final float CODE_BOOST = 4f;
    private static final float TOGETHER_BOOST = 3f;
    private static final float PHRASE_BOOST = 2f;
    private static final int PHRASE_SLOP = 4;
    private static final float TRANSLATION_BOOST = 0.8f;
    private static final float OWN_LANGUAGE = 1.3f;
    /** A compound's parts found in the field of parts: below a text with the word itself (body 1, title 3). */
    private static final float PARTS_WEIGHT = 0.5f;
    /** Without synonyms: for the proximity boost, where synonym graphs would make costly span queries. */
    private static final Analyzer PLAIN = LibraryAnalyzers.forPlainQuery();

    private LibraryQueryBuilder() {
    }

    /**
     * The query for {@code text} over the weighted fields, analysed by {@code analyzer}: built once per text,
     * analyser and fields, as building one (synonyms, glossary, every language's field) costs about as much as
     * running it, and readers repeat searches (with other filters, the next page). Queries are immutable; the
     * analyser is replaced when the synonyms change, so a change is never answered from the cache.
     */
    static Query build(Analyzer analyzer, String text, Map<String, Float> fields) {
        return build(analyzer, text, fields, Set.of());
    }

    /** As {@link #build(Analyzer, String, Map)}, the words {@code unsplit} (lower case) not searched in parts. */
    static Query build(Analyzer analyzer, String text, Map<String, Float> fields, Set<String> unsplit) {
        return BUILT.get(new Built(analyzer, text, Map.copyOf(fields), Set.copyOf(unsplit)),
                key -> buildAnew(analyzer, text, fields, unsplit));
    }

    private record Built(Analyzer analyzer, String text, Map<String, Float> fields, Set<String> unsplit) {
    }

    private static final com.github.benmanes.caffeine.cache.Cache<Built, Query> BUILT =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(4_000).build();

    static Query buildAnew(Analyzer analyzer, String text, Map<String, Float> fields) {
        return buildAnew(analyzer, text, fields, Set.of());
    }

    private static Query buildAnew(Analyzer analyzer, String text, Map<String, Float> fields, Set<String> unsplit) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (hasOperators(text)) {
            return parser(analyzer, fields, Occur.MUST).parse(withoutStopWords(text));
        }
        return translatedWords(analyzer, text, fields, -1, unsplit);
    }

    /**
     * A question's words when too few of them are found together: any of them, ranked (the more words and the
     * rarer, the higher), as full-text search in a database ranks them. Built per search that falls back to it.
     */
    static Query anyWord(Analyzer analyzer, String text, Map<String, Float> fields, Set<String> unsplit) {
        return translatedWords(analyzer, text, fields, 1, unsplit);
    }

    /**
     * A question's words when the share of them found together gives less than a page: those examples first,
     * then the examples with any of the words, ranked, so that the page is filled with what comes closest.
     */
    static Query toppedUp(Analyzer analyzer, String text, Map<String, Float> fields, Set<String> unsplit) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(build(analyzer, text, fields, unsplit), TOGETHER_BOOST), Occur.SHOULD)
                .add(anyWord(analyzer, text, fields, unsplit), Occur.SHOULD).build();
    }

    /** The meaningful words, each also as its translations, {@code share} of them required (-1: the usual). */
    private static Query translatedWords(Analyzer analyzer, String text, Map<String, Float> fields, int share,
                                         Set<String> unsplit) {
        SimpleQueryParser parser = parser(analyzer, fields, Occur.MUST);
        SimpleQueryParser glossary = parser(analyzer, swedishAndEnglish(fields), Occur.MUST);
        SimpleQueryParser parts = fields.keySet().stream().anyMatch(f -> f.endsWith("_sv"))
                ? parser(analyzer, Map.of(LibraryAnalyzers.PARTS_FIELD, PARTS_WEIGHT), Occur.MUST) : null;
        return ranked(terms(text), word -> inParts(unsplit.contains(word.toLowerCase(Locale.ROOT)) ? null : parts,
                word, translated(parser, glossary, word)), analyzer, fields, share);
    }

    /**
     * The word's query, or else, when the word is a Swedish compound of the wide list ({@link SwedishCompounds#wide}),
     * all its parts in the field of parts ("cykellån" finds "lånecyklar", "textilavfall" "textil … avfallsslag"),
     * weighted below the word itself. {@link #compoundWords} tells which words of a text may be split so.
     */
    private static Query inParts(SimpleQueryParser parts, String word, Query own) {
        if (parts == null || word.indexOf(' ') >= 0) {
            return own;
        }
        List<String> split = SwedishCompounds.wide().split(word.toLowerCase(Locale.ROOT));
        if (split.isEmpty()) {
            return own;
        }
        Query all = parts.parse(String.join(" ", split));
        if (all == null || all instanceof MatchNoDocsQuery) {
            return own;
        }
        return own == null ? all : new BooleanQuery.Builder().add(own, Occur.SHOULD).add(all, Occur.SHOULD).build();
    }

    /**
     * The meaningful words of a text (lower case) that are compounds of the wide list, and so are also searched
     * in parts unless the caller leaves them out (a typing error of a word the index has, such as "upphandlig",
     * may split into words too: upp + handlig).
     */
    static List<String> compoundWords(String text) {
        if (hasOperators(text)) {
            return List.of();
        }
        List<String> compounds = new ArrayList<>();
        for (String word : meaningful(text)) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (!SwedishCompounds.wide().split(lower).isEmpty()) {
                compounds.add(lower);
            }
        }
        return compounds;
    }

    /**
     * Whether the text is written as a sentence rather than as search words: it has words that carry no meaning
     * ("i", "hur", "vi") or three meaningful words or more. Such a text is a question, not a list of requirements.
     */
    static boolean isQuestion(String text) {
        int meaningful = meaningful(text).size();
        return meaningful >= 3 || meaningful < words(text).size();
    }

    /**
     * The word, or its translations in the glossary ({@link Glossary}), these searched in the Swedish and English
     * fields only (each field analysed costs time per query).
     */
    static Query translated(SimpleQueryParser parser, SimpleQueryParser glossary, String word) {
        Query own = word.indexOf(' ') < 0 ? parser.parse(word) : term(parser, word);
        java.util.Set<String> translations = Glossary.standard().translations(word.toLowerCase(Locale.ROOT));
        if (translations.isEmpty()) {
            return own;
        }
        BooleanQuery.Builder either = new BooleanQuery.Builder().add(own, Occur.SHOULD);
        for (String translation : translations) {
            either.add(new BoostQuery(glossary.parse("\"" + translation + "\""), TRANSLATION_BOOST), Occur.SHOULD);
        }
        return either.build();
    }

    /**
     * A term of two words: as a phrase, which lets the term's synonyms apply (the parser analyses words one by
     * one otherwise), or both words anywhere.
     */
    private static Query term(SimpleQueryParser parser, String words) {
        return new BooleanQuery.Builder().add(parser.parse("\"" + words + "\""), Occur.SHOULD)
                .add(parser.parse(words), Occur.SHOULD).build();
    }

    /**
     * Ranked matching of words, each word's query made by {@code perWord} (the plain word, or its compound parts
     * all required), with code clauses and the proximity boost.
     */
    static Query ranked(List<String> words, Function<String, Query> perWord, Analyzer analyzer,
                        Map<String, Float> fields) {
        return ranked(words, perWord, analyzer, fields, -1);
    }

    private static Query ranked(List<String> words, Function<String, Query> perWord, Analyzer analyzer,
                                Map<String, Float> fields, int share) {
        BooleanQuery.Builder core = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : words) {
            Query query = withCode(word, perWord.apply(word));
            if (query != null) {
                core.add(query, Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return new MatchNoDocsQuery("no searchable words");
        }
        core.setMinimumNumberShouldMatch(share < 0 ? required(clauses) : Math.min(share, clauses));
        if (clauses < 2) {
            return core.build();
        }
        Query near = parser(PLAIN, textFields(fields), Occur.MUST)
                .parse("\"" + String.join(" ", words) + "\"~" + PHRASE_SLOP);
        return new BooleanQuery.Builder().add(core.build(), Occur.MUST)
                .add(new BoostQuery(near, PHRASE_BOOST), Occur.SHOULD).build();
    }

    /**
     * The fields with the reader's own language's weighed up: every language's texts are searched (a reader may
     * see them all), the reader's first.
     */
    static Map<String, Float> favouring(Map<String, Float> fields, String lang) {
        if (lang == null || !LibraryAnalyzers.LANGUAGES.contains(lang)) {
            return fields;
        }
        String suffix = "_" + lang;
        Map<String, Float> weighted = new LinkedHashMap<>(fields);
        weighted.replaceAll((field, weight) -> field.endsWith(suffix) ? weight * OWN_LANGUAGE : weight);
        return weighted;
    }

    /** How many of n meaningful words must match: all of one or two, then about two thirds. */
    static int required(int n) {
        return n <= 2 ? n : Math.max(2, (int) Math.ceil(n * 0.6));
    }

    static boolean hasOperators(String text) {
        return OPERATORS.matcher(text).find();
    }

    /**
     * The words of a question that carry meaning, punctuation around them left out; all the words when every
     * one is a stop word (someone searching for "vi" means it).
     */
    static List<String> meaningful(String text) {
        return meaningful(text, false);
    }

    /**
     * The meaningful words with each two that are a term of the synonym lists or glossary ("food waste", "öppna
     * data") kept together, so that the term's synonyms and translations apply.
     */
    static List<String> terms(String text) {
        return meaningful(text, true);
    }

    private static List<String> meaningful(String text, boolean terms) {
        List<String> all = words(text);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String word = all.get(i);
            String pair = terms && i + 1 < all.size() ? word + " " + all.get(i + 1) : null;
            if (pair != null && LibraryVocabulary.isPhrase(pair.toLowerCase(Locale.ROOT))) {
                kept.add(pair);
                i++;
            } else if (!LibraryVocabulary.isStopWord(word.toLowerCase(Locale.ROOT))) {
                kept.add(word);
            }
        }
        return kept.isEmpty() ? all : kept;
    }

    /** The words of the text, punctuation around them left out. */
    private static List<String> words(String text) {
        List<String> all = new ArrayList<>();
        for (String raw : text.strip().split("\\s+")) {
            String word = raw.replaceAll("^[\\p{Punct}¿¡«»“”„]+|[\\p{Punct}¿¡«»“”„؟،]+$", "");
            if (!word.isEmpty()) {
                all.add(word);
            }
        }
        return all;
    }

    /** The text with stop words outside quotes left out, and AND / OR / NOT written as the parser's operators. */
    static String withoutStopWords(String text) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (String part : text.split("(?<=\\s)|(?=\\s)")) {
            boolean stop = !quoted && LibraryVocabulary.isStopWord(part.toLowerCase(Locale.ROOT));
            switch (quoted ? "" : part) {
                case "AND" -> out.append('+');
                case "OR" -> out.append('|');
                case "NOT" -> out.append('-');
                default -> out.append(stop ? "" : part);
            }
            if (part.chars().filter(c -> c == '"').count() % 2 == 1) {
                quoted = !quoted;
            }
        }
        String result = out.toString().replaceAll("-\\s+", "-");
        return result.isBlank() ? text : result;
    }

    private static Query withCode(String word, Query text) {
        boolean empty = text == null || text instanceof MatchNoDocsQuery
                || text instanceof BooleanQuery b && b.clauses().isEmpty();
        if (!CODE.matcher(word).matches()) {
            return empty ? null : text;
        }
        String code = word.toLowerCase(Locale.ROOT).replace(':', '/');
        Query tagged = new BoostQuery(new TermQuery(new Term(CODE_FIELD, code)), CODE_BOOST);
        if (empty) {
            return tagged;
        }
        return new BooleanQuery.Builder().add(text, Occur.SHOULD).add(tagged, Occur.SHOULD).build();
    }

    /**
     * Titles and texts in Swedish and English: where words near each other mean they belong together (the boost
     * is left out of the other languages' fields, as each field analysed costs time per query).
     */
    private static Map<String, Float> textFields(Map<String, Float> fields) {
        Map<String, Float> text = new LinkedHashMap<>();
        swedishAndEnglish(fields).forEach((field, weight) -> {
            if (field.startsWith("title_") || field.startsWith("body_")) {
                text.put(field, weight);
            }
        });
        return text.isEmpty() ? fields : text;
    }

    private static Map<String, Float> swedishAndEnglish(Map<String, Float> fields) {
        Map<String, Float> chosen = new LinkedHashMap<>();
        fields.forEach((field, weight) -> {
            if (field.endsWith("_sv") || field.endsWith("_en")) {
                chosen.put(field, weight);
            }
        });
        return chosen.isEmpty() ? fields : chosen;
    }

    private static SimpleQueryParser parser(Analyzer analyzer, Map<String, Float> fields, Occur operator) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields);
        parser.setDefaultOperator(operator);
        return parser;
    }
}
