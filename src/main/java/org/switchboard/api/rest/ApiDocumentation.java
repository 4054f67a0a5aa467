package org.switchboard.api.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Completes every operation of the description at /openapi with the answers every operation can
 * give (no token, a scope missing, over the rate limit, an unexpected failure), written once here
 * rather than on each method. Named by {@code mp.openapi.filter} in microprofile-config.properties.
 */
public class ApiDocumentation implements OASFilter {

    private static final Map<String, String> EVERY_OPERATION = Map.of(
            "401", "No valid API token: none sent, unknown, expired or revoked, or its owner is no longer a member of the portal.",
            "403", "The token lacks the scope this operation needs, or its owner lacks the role.",
            "429", "Over the token's requests a minute; Retry-After says when to try again.",
            "500", "An unexpected failure; it has been logged, and nothing of it is shown.");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses();
        EVERY_OPERATION.forEach((code, description) -> {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, problem(description, code.equals("429")));
            }
        });
        return operation;
    }

    private static APIResponse problem(String description, boolean retryAfter) {
        Schema problem = OASFactory.createSchema().ref("Problem");
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createObject(MediaType.class).schema(problem));
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        if (retryAfter) {
            response.addHeader("Retry-After", OASFactory.createObject(Header.class)
                    .description("Seconds until the token may call again.")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER)));
        }
        return response;
    }
}
