package org.switchboard.api.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The partner REST API, under {@code /api/v1}: what a portal's pages offer, for a partner's own
 * systems. Each call acts as the token's owner and goes through the same services, permission
 * checks, audit and activity records as the pages. MicroProfile OpenAPI builds its description at
 * {@code /openapi} from the annotations on these classes.
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
        info = @Info(title = "Switchboard partner API", version = "1",
                description = "The client accounts a portal manages, for the partner's own systems. "
                        + "Authenticate with an API token made by a portal admin in Setup: "
                        + "`Authorization: Bearer swb_…`. Each token acts with its owner's rights in the portal, "
                        + "narrowed to its scopes, and may make a set number of requests a minute "
                        + "(the RateLimit-* headers of every answer say how many are left). "
                        + "Errors are application/problem+json (RFC 9457); anything outside the token's portal "
                        + "or its owner's clients is 404, as if it did not exist."),
        security = @SecurityRequirement(name = "token"),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = "token",
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "swb_ followed by 43 characters",
                description = "An API token from Setup → API tokens.")))
public class PartnerApi extends Application {
}
