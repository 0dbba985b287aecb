package io.govreport.store.store;

/**
 * A lock per report id, striped: the same id always gets the same lock, two ids share one rarely (and then only wait
 * for each other).
 */
final class ReportLocks {
    private static final int STRIPES = 64;
    private final Object[] locks = new Object[STRIPES];

    ReportLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    Object of(String reportId) {
        return locks[Math.floorMod(reportId.hashCode(), STRIPES)];
    }
}
