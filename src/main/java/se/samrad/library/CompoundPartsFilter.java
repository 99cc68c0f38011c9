package se.samrad.library;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.CompoundWordTokenFilterBase;

/**
 * Adds the parts of a Swedish compound word after the word itself, at its position (see {@link SwedishCompounds}:
 * only parts that together cover the word).
 */
final class CompoundPartsFilter extends CompoundWordTokenFilterBase {

    private final SwedishCompounds compounds;

    CompoundPartsFilter(TokenStream input, SwedishCompounds compounds) {
        super(input, CharArraySet.EMPTY_SET, SwedishCompounds.MIN_WORD, SwedishCompounds.MIN_PART, 40, false);
        this.compounds = compounds;
    }

    @Override
    protected void decompose() {
        String word = termAtt.toString();
        int from = 0;
        for (String part : compounds.indexParts(word)) {
            int at = word.indexOf(part, from);
            tokens.add(new CompoundToken(at, part.length()));
            from = at + part.length();
        }
    }
}
