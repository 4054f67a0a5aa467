package org.switchboard.api.rest;

import java.util.List;

/** A request whose parameters the API refuses before it does anything, with each field at fault. */
public class InvalidRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem.FieldError> errors;

    public InvalidRequest(List<Problem.FieldError> errors) {
        super("Invalid request: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
