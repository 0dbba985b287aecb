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

    /**
     * Threads that write extracted reports, each report always on the same one (by id), so one report's versions are
     * written in the order received: while one thread waits for the store, another writes.
     */
    @WithDefault("2")
    int writeLanes();

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

    /**
     * Segments of one level merged into one of the next level at a time: a query reads every live segment, so merging
     * keeps its reads to a few dozen however large the store grows; below 2, segments are not merged.
     */
    @WithDefault("10")
    int searchMergeFactor();

    /**
     * Levels segments are merged up to (at the defaults, 32 × 10² = 3,200 reports in a top segment). The cap keeps a
     * postings document under MongoDB's 16 MB limit: the commonest word's postings in a 3,200-report segment were
     * 1.7 MB (建设, synthetic reports); one level more would make them about 17 MB.
     */
    @WithDefault("2")
    int searchMergeLevels();

    /**
     * How long a merge rests after each batch of its buckets, as a multiple of the time the batch took; 0 merges at
     * full speed. A top-level merge (3,200 reports' postings) took over 4 s of one core and the store's work of writing
     * what it wrote, taken from the cores the reports being stored need: at 20 reports/s those seconds were the tail of
     * the ingest latency. At 1, a merge takes about twice as long and half of one core.
     */
    @WithDefault("1")
    double searchMergePause();

    /**
     * Rows of indicator answers kept between writes ({@code KeptAnswers}), counted over every answer kept; 0 keeps
     * none. An answer of the hot query on 64,000 reports holds a few thousand rows, about a kilobyte each on the heap.
     */
    @WithDefault("200000")
    int indicatorCacheRows();

    /**
     * How often the flip counter is read for the answers kept in memory ({@code FlipEpoch}): a report stored by this
     * instance shows at once, one stored by another instance within about this long; zero reads the counter for every
     * query.
     */
    @WithDefault("PT0.1S")
    Duration flipCheckEvery();
}
