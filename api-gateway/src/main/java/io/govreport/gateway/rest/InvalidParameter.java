package io.govreport.gateway.rest;

/** A parameter the gateway refuses with 400 before calling anything; the message names only the parameter. */
public class InvalidParameter extends RuntimeException {
    public InvalidParameter(String message) {
        super(message);
    }
}
