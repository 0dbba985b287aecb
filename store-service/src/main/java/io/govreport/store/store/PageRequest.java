package io.govreport.store.store;

/** A page request, validated by the REST layer: page is 1-based, size is 1..{@link #MAX_SIZE}. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    long skip() {
        return (long) (page - 1) * size;
    }
}
