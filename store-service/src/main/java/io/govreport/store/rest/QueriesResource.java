package io.govreport.store.rest;

import io.govreport.model.Comparison;
import io.govreport.model.MetricInfo;
import io.govreport.model.RegionNode;
import io.govreport.model.SearchResults;
import io.govreport.store.store.Catalogue;
import io.govreport.store.store.Comparisons;
import io.govreport.store.store.MetricCatalogue;
import io.govreport.store.store.RegionTree;
import io.govreport.store.store.SearchQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The internal read API's questions across reports: compare, the metric catalogue, the regions, search. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class QueriesResource {
    private static final int MAX_QUERY = 100;

    private final Comparisons comparisons;
    private final Catalogue catalogue;
    private final RegionTree regions;
    private final SearchQuery search;
    private final MetricCatalogue metricCatalogue;

    public QueriesResource(Comparisons comparisons, Catalogue catalogue, RegionTree regions, SearchQuery search,
                           MetricCatalogue metricCatalogue) {
        this.comparisons = comparisons;
        this.catalogue = catalogue;
        this.metricCatalogue = metricCatalogue;
        this.regions = regions;
        this.search = search;
    }

    @GET
    @Path("compare")
    public Comparison compare(@QueryParam("metric") String metric, @QueryParam("kind") String kind,
                              @QueryParam("measure") String measure, @QueryParam("region") String region,
                              @QueryParam("level") String level) {
        if (metric == null || metric.isBlank()) {
            throw new BadRequest("metric is required: a catalogue key such as gdp (GET /api/v1/metrics lists them)");
        }
        return comparisons.compare(Params.metric(metric, metricCatalogue), Params.oneOf("kind", kind, Params.KINDS),
                Params.oneOf("measure", measure, Params.MEASURES), Params.text("region", region),
                Params.oneOf("level", level, Params.LEVELS));
    }

    @GET
    @Path("metrics")
    public List<MetricInfo> metrics() {
        return catalogue.metrics();
    }

    @GET
    @Path("regions")
    public List<RegionNode> regions() {
        return regions.tree();
    }

    @GET
    @Path("search")
    public SearchResults search(@QueryParam("q") String q, @QueryParam("page") String page, @QueryParam("size") String size) {
        if (q == null || q.isBlank()) {
            throw new BadRequest("q is required: the words to search for");
        }
        if (q.length() > MAX_QUERY) {
            throw new BadRequest("q must be at most " + MAX_QUERY + " characters");
        }
        return search.search(q.strip(), Params.page(page, size));
    }
}
