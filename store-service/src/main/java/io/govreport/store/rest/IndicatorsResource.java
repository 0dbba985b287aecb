package io.govreport.store.rest;

import io.govreport.store.store.IndicatorFilter;
import io.govreport.store.store.IndicatorQuery;
import io.govreport.store.store.IndicatorSort;
import io.govreport.store.store.MetricCatalogue;
import io.govreport.store.store.PageRequest;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The internal read API over indicators across reports, called by the gateway: one page of rows,
 * {@code {items, page, size, total}}, written from the JSON {@link IndicatorQuery} keeps.
 */
@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorsResource {
    private final IndicatorQuery query;
    private final MetricCatalogue catalogue;

    public IndicatorsResource(IndicatorQuery query, MetricCatalogue catalogue) {
        this.query = query;
        this.catalogue = catalogue;
    }

    /**
     * A kept page is answered on the I/O thread that read the request; anything else reads the store on a worker.
     * The hot query is almost always kept, and each hand-over between threads is a wake-up that two busy cores may
     * be late with.
     */
    @GET
    public Uni<byte[]> find(@QueryParam("metric") String metric, @QueryParam("name") String name,
                       @QueryParam("kind") String kind, @QueryParam("measure") String measure,
                       @QueryParam("year") String year, @QueryParam("yearFrom") String yearFrom,
                       @QueryParam("yearTo") String yearTo, @QueryParam("region") String region,
                       @QueryParam("level") String level, @QueryParam("page") String page,
                       @QueryParam("size") String size, @QueryParam("sort") String sort) {
        Integer from = Params.year("yearFrom", yearFrom);
        IndicatorFilter filter = new IndicatorFilter(
                Params.metric(metric, catalogue),
                Params.text("name", name),
                Params.oneOf("kind", kind, Params.KINDS),
                Params.oneOf("measure", measure, Params.MEASURES),
                Params.year("year", year),
                from,
                Params.yearTo(from, yearTo),
                Params.text("region", region),
                Params.oneOf("level", level, Params.LEVELS));
        PageRequest pageRequest = Params.page(page, size);
        IndicatorSort.Order order = sort == null ? IndicatorSort.REPORT_ORDER
                : IndicatorSort.parse(sort).orElseThrow(() -> new BadRequest("sort must be one of " + IndicatorSort.names()
                        + ", with - in front for descending"));
        return query.keptJson(filter, pageRequest, order).map(kept -> Uni.createFrom().item(kept))
                .orElseGet(() -> Uni.createFrom().item(() -> query.findJson(filter, pageRequest, order))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }
}
