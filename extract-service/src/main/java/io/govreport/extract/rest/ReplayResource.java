package io.govreport.extract.rest;

import io.govreport.extract.service.RawReplay;
import io.govreport.extract.service.Replays;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Sending reports through extraction again: the dead letters after the extractor has been fixed, or every report
 * after it has changed. Each answers how many reports went to reports.raw and how many records held none.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReplayResource {
    private final Replays replays;

    public ReplayResource(Replays replays) {
        this.replays = replays;
    }

    @POST
    @Path("dead-letters/retry")
    public RawReplay.Result retryDeadLetters() {
        return replays.retryDeadLetters();
    }

    @POST
    @Path("reextract")
    public RawReplay.Result reextract() {
        return replays.reextractAll();
    }
}
