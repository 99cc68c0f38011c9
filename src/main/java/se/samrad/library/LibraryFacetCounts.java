package se.samrad.library;

import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facets of a search ({@link ExampleIndex#DIMENSIONS}): the most frequent values of each dimension among the
 * matches, and the chosen values always, even when nothing matches them.
 */
final class LibraryFacetCounts {

    private LibraryFacetCounts() {
    }

    static List<ExampleIndex.Facet> of(SortedSetDocValuesReaderState state, FacetsCollector collector,
                                       Map<String, List<String>> filters) throws IOException {
        List<ExampleIndex.Facet> result = new ArrayList<>();
        if (state == null) {
            return result;
        }
        Facets counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : ExampleIndex.DIMENSIONS) {
            List<String> chosen = filters.getOrDefault(dimension, List.of());
            Map<String, ExampleIndex.FacetValue> values = new LinkedHashMap<>();
            FacetResult top;
            try {
                top = counts.getTopChildren(dimension.equals("target") || dimension.equals("organisation") ? 30 : 20,
                        dimension);
            } catch (IllegalArgumentException e) {
                top = null; // a dimension no example has yet
            }
            if (top != null) {
                for (LabelAndValue lv : top.labelValues) {
                    values.put(lv.label, new ExampleIndex.FacetValue(lv.label, lv.value.longValue(),
                            chosen.contains(lv.label)));
                }
            }
            for (String value : chosen) {
                if (!values.containsKey(value)) {
                    values.put(value, new ExampleIndex.FacetValue(value, Math.max(count(counts, dimension, value), 0),
                            true));
                }
            }
            if (!values.isEmpty()) {
                List<ExampleIndex.FacetValue> list = new ArrayList<>(values.values());
                if (dimension.equals("year")) {
                    list.sort(Comparator.comparing(ExampleIndex.FacetValue::value).reversed());
                }
                result.add(new ExampleIndex.Facet(dimension, list));
            }
        }
        return result;
    }

    private static long count(Facets counts, String dimension, String value) throws IOException {
        try {
            Number n = counts.getSpecificValue(dimension, value);
            return n == null ? 0 : n.longValue();
        } catch (IllegalArgumentException e) {
            return 0;
        }
    }
}
