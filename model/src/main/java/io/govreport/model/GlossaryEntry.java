package io.govreport.model;

/** One 名词解释 entry. */
public record GlossaryEntry(String term, String definition) {
}
