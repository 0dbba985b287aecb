package io.govreport.ingest.rest;

import io.govreport.ingest.config.IngestConfig;
import io.govreport.ingest.service.BoundedBody;
import io.govreport.ingest.service.ReportIntake;
import io.govreport.ingest.service.ReportNormalizer;
import io.govreport.ingest.service.ReportRejected;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;

/** Takes a report in, as a text/HTML body or an uploaded file, and queues it for extraction. */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {
    private final ReportNormalizer normalizer;
    private final ReportIntake intake;
    private final long maxBytes;

    public ReportResource(ReportNormalizer normalizer, ReportIntake intake, IngestConfig config) {
        this.normalizer = normalizer;
        this.intake = intake;
        this.maxBytes = config.maxBytes();
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Submit a report as plain text (UTF-8, GB18030 or GBK) or HTML")
    @APIResponse(responseCode = "202", description = "Accepted; extraction runs in the background")
    public Response submitText(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        // DeclaredLengthGuard has refused an oversize Content-Length already; a chunked body is counted as it is read.
        byte[] bytes = BoundedBody.read(body, maxBytes);
        return accepted(intake.accept(normalizer.fromBody(bytes, contentType)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload a report file: .txt, .html, .pdf (with a text layer) or .docx")
    @APIResponse(responseCode = "202", description = "Accepted; extraction runs in the background")
    public Response submitFile(@RestForm("file") FileUpload file) {
        if (file == null) {
            throw new ReportRejected(400, "Missing file", "Send the report in a multipart part named 'file'.");
        }
        // Uploads are streamed to a temporary file, so the size is known without holding the file in memory.
        if (file.size() > maxBytes) {
            throw ReportRejected.tooLarge(maxBytes);
        }
        return accepted(intake.accept(normalizer.fromFile(file.uploadedFile(), file.fileName(), file.contentType())));
    }

    private static Response accepted(String id) {
        SubmissionReceipt receipt = SubmissionReceipt.of(id);
        // Set as a raw header: location(URI) would resolve it against this service's address, but the status
        // lives on the public API, and a relative Location passes through the gateway unchanged.
        return Response.accepted(receipt).header(HttpHeaders.LOCATION, receipt.status()).build();
    }
}
