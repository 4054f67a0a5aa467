package org.switchboard.testsupport.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for driving the real pages as a browser without JavaScript would: it keeps
 * cookies, posts Faces forms with their view state, and talks to 127.0.0.1 only.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** The script nonce PrimeFaces' CSP mode gives a view; its AJAX posts must carry it back. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private String lastNonce;

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public WebClient(URL deployment) {
        this.base = loopback(deployment);
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The deployment's URL with its host replaced by 127.0.0.1. */
    public static URI loopback(URL deployment) {
        String path = deployment.getPath().endsWith("/") ? deployment.getPath() : deployment.getPath() + "/";
        return URI.create("http://127.0.0.1:" + deployment.getPort() + path);
    }

    public record Page(int status, String location, String body, java.net.http.HttpHeaders headers) {

        public String viewState() {
            Matcher matcher = VIEW_STATE.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No Faces form on this page (status " + status + ")");
            }
            return matcher.group(1).replace("&#58;", ":");
        }

        /**
         * The script nonce PrimeFaces' CSP mode gave this page's view: every post from it carries
         * it back (PrimeFaces' script adds it to forms and AJAX requests; a post without it fails).
         */
        public Optional<String> nonce() {
            Matcher matcher = NONCE.matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }

        public boolean isRedirectTo(String pathEnd) {
            return status == 302 && location != null && location.split("\\?")[0].endsWith(pathEnd);
        }

        public boolean contains(String text) {
            return body.contains(text);
        }
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** The response headers of a GET of the path (no redirect followed). */
    public java.net.http.HttpHeaders headersOf(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).headers();
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** GETs a page and follows its redirects, as a browser would. */
    public Page open(String path) {
        Page page = get(path);
        for (int hops = 0; page.status() == 302 && hops < 5; hops++) {
            page = send(HttpRequest.newBuilder(base.resolve(URI.create(page.location()).getPath()
                    + Optional.ofNullable(URI.create(page.location()).getRawQuery()).map(q -> "?" + q).orElse(""))).GET());
        }
        return page;
    }

    /** Posts the form {@code formId} of {@code page} as its button {@code button} would. */
    public Page submit(String path, Page page, String formId, Map<String, String> fields, String button) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((name, value) -> form.put(formId + ":" + name, value));
        form.put(formId + ":" + button, "");
        form.put("jakarta.faces.ViewState", page.viewState());
        page.nonce().or(() -> Optional.ofNullable(lastNonce)).ifPresent(nonce -> form.put("primefaces.nonce", nonce));
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Sends a Faces AJAX request as PrimeFaces would from {@code page}: the given parameters plus the
     * view state. Returns the partial response.
     */
    public Page ajax(String path, Page page, Map<String, String> parameters) {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.ViewState", page.viewState());
        // As PrimeFaces' script does: the nonce of the view (a partial answer carries none of its own).
        page.nonce().or(() -> Optional.ofNullable(lastNonce)).ifPresent(nonce -> form.putIfAbsent("primefaces.nonce", nonce));
        String body = form.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * The parameters PrimeFaces sends for an AJAX action of component {@code source}, executing
     * {@code execute} and rendering {@code render}; add the form's fields to it.
     */
    public static Map<String, String> ajaxAction(String source, String execute, String render) {
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.source", source);
        post.put("jakarta.faces.partial.execute", execute);
        post.put("jakarta.faces.partial.render", render);
        post.put(source, source);
        return post;
    }

    /** Posts plain form parameters, e.g. to the test helpers' servlet. */
    public Page post(String path, Map<String, String> parameters) {
        String body = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Asks the test helpers' servlet (deployed with the test support only) to do something; returns its answer. */
    public String support(String action, String... nameValues) {
        return supportAt("test-support", action, nameValues);
    }

    /** The same, of the test helpers' servlet at {@code path} (an area's own, e.g. "test-support/earnings"). */
    public String supportAt(String path, String action, String... nameValues) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("do", action);
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            parameters.put(nameValues[i], nameValues[i + 1]);
        }
        Page answer = post(path, parameters);
        if (answer.status() != 200) {
            throw new AssertionError("Test support '" + action + "' at " + path + " answered " + answer.status() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    /** The "name=value" lines a test helpers' servlet answers, as a map. */
    public static Map<String, String> fields(String answer) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : answer.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                fields.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return fields;
    }

    /** Opens the login page and signs in; returns the page the login answered with. */
    public Page login(String email, String password) {
        Page login = open("login.xhtml");
        return submit("login.xhtml", login, "login", Map.of("email", email, "password", password), "submit");
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Matcher nonce = NONCE.matcher(response.body());
            if (nonce.find()) {
                lastNonce = nonce.group(1);
            }
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new AssertionError("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
