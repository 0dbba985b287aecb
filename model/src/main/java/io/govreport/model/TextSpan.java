package io.govreport.model;

/** A span [start, end) of a text that comes with it. */
public record TextSpan(int start, int end) {
}
