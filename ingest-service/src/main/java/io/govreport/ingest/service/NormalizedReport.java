package io.govreport.ingest.service;

import io.govreport.model.Source;

/** A submission turned into UTF-8 text, with where it came from. */
public record NormalizedReport(String text, Source source) {
}
