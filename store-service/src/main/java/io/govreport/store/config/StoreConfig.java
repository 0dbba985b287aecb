package io.govreport.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** store-service settings. */
@ConfigMapping(prefix = "govreport.store")
public interface StoreConfig {
    /** The MongoDB database that holds the collections. */
    @WithDefault("govreport")
    String database();

    /** How long a consumer keeps retrying a write while MongoDB is unreachable before it gives the message up as failed. */
    @WithDefault("PT2M")
    Duration writeRetryFor();

    /**
     * Passage documents per segment of the search index: a query reads the pending ones (up to this many) whole, and
     * one postings document per segment for each of its words.
     */
    @WithDefault("32")
    int searchSegmentReports();

    /** How often the pending passage documents are checked for a full segment; zero writes segments only when asked. */
    @WithDefault("PT1S")
    Duration searchFlushEvery();
}
