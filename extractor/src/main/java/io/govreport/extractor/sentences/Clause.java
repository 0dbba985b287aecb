package io.govreport.extractor.sentences;

/** A clause: the stretch of a sentence between two clause marks (,;:), offsets into the text. */
public record Clause(int start, int end) {
}
