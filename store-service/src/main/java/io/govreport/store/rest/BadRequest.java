package io.govreport.store.rest;

/** A request the API refuses with 400; the message is shown to the client, so it names only the parameter. */
public class BadRequest extends RuntimeException {
    public BadRequest(String message) {
        super(message);
    }
}
