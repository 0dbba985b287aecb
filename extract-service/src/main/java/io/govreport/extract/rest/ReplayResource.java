package io.govreport.extract.rest;

import io.govreport.extract.service.DeadLetterReplay;
import io.govreport.extract.service.DeadLetterRetries;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operations on the dead-letter topic, for use after the extractor has been fixed. */
@Path("/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {
    private final DeadLetterRetries retries;

    public DeadLetterResource(DeadLetterRetries retries) {
        this.retries = retries;
    }

    /** Sends every dead letter not retried before back to reports.raw; answers how many went and how many could not. */
    @POST
    @Path("/retry")
    public DeadLetterReplay.Result retry() {
        return retries.retryAll();
    }
}
