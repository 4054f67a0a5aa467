package org.switchboard.api.rest;

import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.switchboard.platform.kernel.NotFound;
import org.switchboard.platform.kernel.NotPermitted;
import org.switchboard.platform.kernel.Refusal;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every way an API call can fail, answered as a Problem: the services' refusals by their type (the
 * same three that pages show as messages), JAX-RS's own (unknown path, wrong method or media type)
 * by their status, and anything unexpected as a 500 that says nothing of the inside, logged with
 * what was asked.
 */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    /** Not found (also another tenant's data), not permitted, or a rule broken. */
    @Provider
    public static class Refusals implements ExceptionMapper<Refusal> {
        @Override
        public Response toResponse(Refusal refusal) {
            Problem.Kind kind = refusal instanceof NotFound ? Problem.Kind.NOT_FOUND
                    : refusal instanceof NotPermitted ? Problem.Kind.NOT_PERMITTED : Problem.Kind.RULE_BROKEN;
            return Problem.of(kind, refusal.getMessage()).response();
        }
    }

    /** A request the API itself found invalid, field by field. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidRequest> {
        @Override
        public Response toResponse(InvalidRequest invalid) {
            return Problem.invalid(invalid.errors()).response();
        }
    }

    /** Bean Validation of a parameter or body. */
    @Provider
    public static class Violations implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException violations) {
            return Problem.invalid(violations.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .toList()).response();
        }

        private static String lastNode(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    /** JAX-RS's own answers: 404 for an unknown path, 405, 406, 415. */
    @Provider
    public static class Protocol implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException failure) {
            int status = failure.getResponse().getStatus();
            Problem.Kind kind = Problem.Kind.ofStatus(status);
            if (kind == Problem.Kind.UNEXPECTED) {
                LOG.log(Level.SEVERE, "API request failed", failure);
            }
            String detail = switch (kind) {
                case NOT_FOUND -> "No such resource.";
                case METHOD_NOT_ALLOWED -> "This resource does not answer that method.";
                case NOT_ACCEPTABLE -> "The API answers in application/json.";
                case UNSUPPORTED_MEDIA_TYPE -> "Send the body as application/json.";
                case UNEXPECTED -> "The request could not be completed; it has been logged.";
                default -> "The request could not be read.";
            };
            return Response.fromResponse(Problem.of(kind, detail).response()).status(status).build();
        }
    }

    /** Anything else: logged with the request, answered without a word of the inside. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        @Context
        UriInfo uri;

        @Context
        ResourceInfo resource;

        @Override
        public Response toResponse(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof Refusal refusal) {
                    return new Refusals().toResponse(refusal);
                }
                if (cause instanceof ConstraintViolationException violations) {
                    return new Violations().toResponse(violations);
                }
                if (cause instanceof JsonbException unreadable) {
                    return Problem.invalid(List.of(new Problem.FieldError("body",
                            "Not JSON of the fields this operation takes."))).response();
                }
            }
            LOG.log(Level.SEVERE, "API request " + uri.getRequestUri().getPath() + " failed in "
                    + resource.getResourceMethod(), failure);
            return Problem.of(Problem.Kind.UNEXPECTED, "The request could not be completed; it has been logged.")
                    .response();
        }
    }
}
