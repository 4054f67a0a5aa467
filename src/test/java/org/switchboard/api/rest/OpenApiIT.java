package org.switchboard.api.rest;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.switchboard.testsupport.web.WebClient;
import org.switchboard.testsupport.web.WebClient.Page;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The description the server publishes at /openapi: a valid OpenAPI document (read by the swagger
 * parser, which reports every structural fault), naming every API operation with its answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

    /**
     * Payara 6 adds a top-level "endpoints" map that OpenAPI does not define; Payara 7 names it
     * x-endpoints (payara/Payara#7891). The one fault that is not ours.
     */
    private static final String PAYARA_ENDPOINTS = "attribute endpoints is unexpected";

    @ArquillianResource
    URL deployment;

    private OpenAPI served() {
        Page answer = new WebClient(deployment).get(WebClient.loopback(deployment).resolve("/openapi?format=JSON").toString());
        assertEquals(200, answer.status());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(answer.body(), null, options);
        List<String> faults = parsed.getMessages() == null ? List.of() : parsed.getMessages().stream()
                .filter(fault -> !fault.equals(PAYARA_ENDPOINTS)).toList();
        assertTrue(faults.isEmpty(), "faults: " + faults);
        assertNotNull(parsed.getOpenAPI(), answer.body());
        return parsed.getOpenAPI();
    }

    @Test
    void theServedDocumentIsValidAndDescribesTheApi() {
        OpenAPI api = served();
        assertTrue(api.getOpenapi().startsWith("3."), api.getOpenapi());
        assertEquals("Switchboard partner API", api.getInfo().getTitle());
        assertNotNull(api.getComponents().getSecuritySchemes().get("token"));
        assertNotNull(api.getComponents().getSchemas().get("Problem"));
    }

    @Test
    void everyApiOperationIsDocumentedWithItsErrors() {
        OpenAPI api = served();
        for (String operation : ApiIsolationIT.OPERATIONS.keySet()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = "/api/v1/" + operation.substring(operation.indexOf(' ') + 1);
            Map.Entry<String, PathItem> item = api.getPaths().entrySet().stream()
                    .filter(entry -> entry.getKey().endsWith(path)).findFirst()
                    .orElseThrow(() -> new AssertionError(path + " is not in " + api.getPaths().keySet()));
            Operation documented = item.getValue().readOperationsMap().get(PathItem.HttpMethod.valueOf(method));
            assertNotNull(documented, operation);
            assertNotNull(documented.getSummary(), operation + " has a summary");
            assertTrue(List.of("200", "201", "202", "204").stream().anyMatch(documented.getResponses()::containsKey),
                    operation + " documents its success");
            for (String status : List.of("401", "403", "429", "500")) {
                assertNotNull(documented.getResponses().get(status), operation + " documents " + status);
            }
            assertFalse(documented.getResponses().get("401").getContent().isEmpty());
        }
    }

    @Test
    void aStatementIsDocumentedAsCsvAndPdf() {
        OpenAPI api = served();
        Operation statement = api.getPaths().entrySet().stream()
                .filter(entry -> entry.getKey().endsWith("/api/v1/payouts/{id}/statement")).findFirst()
                .orElseThrow().getValue().getGet();
        assertEquals(java.util.Set.of("text/csv", "application/pdf"), statement.getResponses().get("200").getContent().keySet());
        assertNotNull(statement.getResponses().get("406"));
    }

    @Test
    void theApiHelpPageLinksToTheDescription() {
        Page help = new WebClient(deployment).get("help/api.xhtml");
        assertEquals(200, help.status());
        assertTrue(help.contains("href=\"/openapi\""), "links to /openapi");
        for (String scope : List.of("accounts:read", "earnings:read", "access:read")) {
            assertTrue(help.contains(scope), scope);
        }
    }
}
