package se.samrad.library;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How an example becomes a Lucene document: texts per language (titles and texts highlighted), tags, place, the
 * titles of its goals and targets per language, their codes, visibility keys and facets.
 */
final class ExampleDocuments {

    /** The example's id as a sort key: the last tie-break of every search, so that pages agree on every node. */
    static final String ORDER = "order";
    private static final FieldType HIGHLIGHTED = highlighted();

    private final FacetsConfig facets;

    ExampleDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    Document document(ExampleIndex.Doc d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField("id", Long.toString(d.id()), Field.Store.YES));
        doc.add(new StoredField("lang", d.lang()));
        d.texts().forEach((lang, t) -> {
            if (t.title().isBlank()) {
                return;
            }
            doc.add(new Field(LibraryAnalyzers.field("title", lang), t.title(), HIGHLIGHTED));
            doc.add(new Field(LibraryAnalyzers.field("body", lang), t.body(), HIGHLIGHTED));
            doc.add(new StoredField("titles", lang + ":" + t.title()));
            doc.add(new StoredField("summaries", lang + ":" + t.summary()));
            doc.add(new TextField("suggest", t.title(), Field.Store.NO));
            doc.add(new TextField("spell", t.title() + "\n" + t.body(), Field.Store.NO));
        });
        if (!d.attachmentText().isBlank()) {
            doc.add(new TextField(LibraryAnalyzers.field("extra", d.lang()), d.attachmentText(), Field.Store.NO));
        }
        d.goalTexts().forEach((lang, text) ->
                doc.add(new TextField(LibraryAnalyzers.field("goals", lang), text, Field.Store.NO)));
        // Tags in the example's language, analysed as its texts are (stems, compound parts, synonyms at query time).
        doc.add(new TextField(LibraryAnalyzers.field("tags", d.lang()), String.join(" ", d.tags()), Field.Store.NO));
        // Tags are words people search for too: the spelling check may offer them.
        doc.add(new TextField("spell", String.join(" ", d.tags()), Field.Store.NO));
        String swedish = swedishText(d);
        if (!swedish.isBlank()) {
            doc.add(new TextField(LibraryAnalyzers.PARTS_FIELD, swedish, Field.Store.NO));
        }
        doc.add(new TextField("place", d.organisation() + " " + d.municipality() + " " + d.region(), Field.Store.NO));
        doc.add(new StoredField("organisation", d.organisation()));
        doc.add(new StoredField("municipality", d.municipality()));
        doc.add(new StoredField("period", d.period()));
        d.targets().forEach(t -> {
            doc.add(new StoredField("targets", t));
            doc.add(new StringField("target_kw", t, Field.Store.NO));
        });
        codes(d).forEach(code -> doc.add(new StringField(LibraryQueryBuilder.CODE_FIELD, code, Field.Store.NO)));
        long published = d.publishedAt() == null ? 0 : d.publishedAt().toEpochMilli();
        doc.add(new StoredField("published", published));
        doc.add(new NumericDocValuesField("published", published));
        doc.add(new NumericDocValuesField(ORDER, d.id()));
        d.visibility().forEach(key -> doc.add(new StringField("visible", key, Field.Store.NO)));
        facet(doc, "goal", d.goals());
        facet(doc, "target", d.targets());
        facet(doc, "dimension", d.dimensions());
        facet(doc, "organisation", List.of(d.organisation()));
        facet(doc, "region", List.of(d.region()));
        facet(doc, "year", d.years().stream().map(String::valueOf).toList());
        facet(doc, "type", List.of(d.type()));
        return facets.build(doc);
    }

    /**
     * The Swedish title and text, and the tags of an example written in Swedish (not its attachments' text: that
     * may be long, and is found by its words in their own field).
     */
    private static String swedishText(ExampleIndex.Doc d) {
        StringBuilder text = new StringBuilder();
        ExampleTexts sv = d.texts().get("sv");
        if (sv != null && !sv.title().isBlank()) {
            text.append(sv.title()).append('\n').append(sv.body());
        }
        if ("sv".equals(d.lang())) {
            text.append('\n').append(String.join(" ", d.tags()));
        }
        return text.toString();
    }

    /**
     * The codes a query may name the example by: each goal's and target's key ({@code agenda2030/12.3}) and bare
     * code ({@code 12.3}), lower case. A goal's code finds the examples of all its targets.
     */
    static Set<String> codes(ExampleIndex.Doc d) {
        Set<String> codes = new LinkedHashSet<>();
        for (String key : concat(d.goals(), d.targets())) {
            String lower = key.toLowerCase(java.util.Locale.ROOT);
            codes.add(lower);
            codes.add(lower.substring(lower.indexOf('/') + 1));
        }
        return codes;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static void facet(Document doc, String dimension, List<String> values) {
        new LinkedHashSet<>(values).stream().filter(v -> v != null && !v.isBlank())
                .forEach(v -> doc.add(new SortedSetDocValuesFacetField(dimension, v)));
    }
}
