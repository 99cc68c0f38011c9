package se.samrad.platform.search;

import java.util.List;

/**
 * The platform's one way into the library's text analysis (Swedish light stemming, compound words split into the
 * parts of the library's word list, the library's stem overrides), for a capability that searches its own texts
 * without importing library internals. The library implements it; a capability injects it.
 */
public interface TextAnalysis {

    /**
     * A Swedish text's terms as the library analyses them, in order, stop words left out. With {@code decompound}
     * a compound's parts come as terms beside it ("grundskoleförbundet": also "grundskol", "förbund"), as when
     * the library indexes; without, as the library analyses a query.
     */
    List<String> swedishTerms(String text, boolean decompound);

    /**
     * Whether two terms differ by one typing error (a letter added, left out, replaced, or two neighbours swapped),
     * as the library's "did you mean" decides.
     */
    boolean oneTypoApart(String a, String b);
}
