package io.govreport.extractor.sentences;

import java.util.List;

/**
 * A sentence (ended by 。!? or a line break) and the clauses inside it; offsets index the text.
 * Leading and trailing spaces are not part of either.
 */
public record Sentence(int start, int end, List<Clause> clauses) {

    public String text(String source) {
        return source.substring(start, end);
    }
}
