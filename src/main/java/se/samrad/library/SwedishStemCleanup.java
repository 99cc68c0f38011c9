package se.samrad.library;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * Evens out two ways the Swedish light stemmer leaves forms of one word apart: the definite "-an" keeps an "a"
 * the base form loses ("skolan" gives "skola", "skola" gives "skol"), and a final double consonant is halved in
 * one form and not the other ("matsvinn" gives "matsvin", "matsvinnet" "matsvinn"), and so is the t of a final
 * "st" ("kompost" gives "kompos", "komposten" "kompost"). After the stemmer, a final "a" is dropped, a final
 * double consonant halved and a final "st" made "s", in stems of five letters or more. Words the stemmer's
 * exceptions set ({@code sv-stem-overrides.txt}) are left alone.
 */
final class SwedishStemCleanup extends TokenFilter {

    private static final int MIN = 5;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    SwedishStemCleanup(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword()) {
            return true;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (length >= MIN && buffer[length - 1] == 'a') {
            length--;
        }
        if (length >= MIN && buffer[length - 1] == buffer[length - 2] && isConsonant(buffer[length - 1])) {
            length--;
        }
        if (length >= MIN && buffer[length - 1] == 't' && buffer[length - 2] == 's') {
            length--;
        }
        term.setLength(length);
        return true;
    }

    private static boolean isConsonant(char c) {
        return Character.isLetter(c) && "aeiouyåäö".indexOf(c) < 0;
    }
}
