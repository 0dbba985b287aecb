package io.govreport.bench.e2e;

import java.util.Collection;

/** Nearest-rank percentiles of a set of measurements. */
public final class Percentiles {
    private final double[] sorted;

    public Percentiles(Collection<? extends Number> values) {
        this.sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
    }

    /** @param p in (0, 100] */
    public double at(double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }

    @Override
    public String toString() {
        return String.format("p50=%.0f p99=%.0f max=%.0f (n=%d)", at(50), at(99), max(), count());
    }
}
