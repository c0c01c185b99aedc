package org.pokot.lti.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One browser over plain HTTP: no redirects followed, its own cookie jar. Unlike {@link java.net.CookieManager} it
 * sends {@code Secure} cookies to http://localhost, as browsers do for a loopback origin.
 */
public final class TestBrowser {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, List<String>> cookieAttributes = new LinkedHashMap<>();

    public Page get(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        return send(request, headers);
    }

    public Page postForm(String url, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request, headers);
    }

    /** Submits the page's first form as a browser would (hidden fields included). */
    public Page submit(Page page) {
        Element form = page.document().selectFirst("form");
        if (form == null) {
            throw new AssertionError("no form on the page: " + page.body());
        }
        return submit(form, List.of());
    }

    /** Clicks the button with this id: submits the form it belongs to. */
    public Page click(Page page, String buttonId) {
        return click(page, buttonId, form -> { });
    }

    /**
     * Clicks the button with this id after {@code edit} changed its form (a forged field, say). As a browser does:
     * the form is the one the button's {@code form} attribute names, else the enclosing one; the button's
     * {@code formaction} replaces the form's action; its name and value are submitted with the form's fields.
     */
    public Page click(Page page, String buttonId, java.util.function.Consumer<Element> edit) {
        Element button = page.document().getElementById(buttonId);
        if (button == null) {
            throw new AssertionError("no #" + buttonId + " on the page: " + page.document().text());
        }
        Element form = button.hasAttr("form") ? page.document().getElementById(button.attr("form"))
                : button.closest("form");
        if (form == null) {
            throw new AssertionError("#" + buttonId + " belongs to no form");
        }
        edit.accept(form);
        List<Map.Entry<String, String>> submitter = button.hasAttr("name")
                ? List.of(Map.entry(button.attr("name"), button.attr("value"))) : List.of();
        String action = button.hasAttr("formaction") ? button.absUrl("formaction") : null;
        return submit(form, submitter, action);
    }

    /** Submits a form's hidden fields plus the given (repeatable) fields, e.g. checked boxes. */
    public Page submit(Element form, List<Map.Entry<String, String>> chosen) {
        return submit(form, chosen, null);
    }

    private Page submit(Element form, List<Map.Entry<String, String>> chosen, String actionOfSubmitter) {
        List<Map.Entry<String, String>> fields = new java.util.ArrayList<>();
        form.select("input[type=hidden][name]").forEach(i -> fields.add(Map.entry(i.attr("name"), i.attr("value"))));
        fields.addAll(chosen);
        String action = actionOfSubmitter != null ? actionOfSubmitter
                : form.absUrl("action").isEmpty() ? form.attr("action") : form.absUrl("action");
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** The attributes of the last Set-Cookie for {@code name}, e.g. [Path=/lti, Secure, HttpOnly, SameSite=None]. */
    public List<String> cookieAttributes(String name) {
        return cookieAttributes.getOrDefault(name, List.of());
    }

    public void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    public void clearCookies() {
        cookies.clear();
    }

    private Page send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpRequest built = request.timeout(Duration.ofSeconds(20)).build();
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::store);
            return new Page(response.statusCode(), response.headers().map(), response.body(), built.uri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void store(String setCookie) {
        String[] parts = setCookie.split(";\\s*");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq);
        cookies.put(name, parts[0].substring(eq + 1));
        cookieAttributes.put(name, List.of(parts).subList(1, parts.length));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    /** An answer, with its HTML parsed on demand. */
    public record Page(int status, Map<String, List<String>> headers, String body, String url) {

        public Document document() {
            return Jsoup.parse(body, url);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String text(String cssId) {
            Element element = document().getElementById(cssId);
            return element == null ? null : element.text();
        }

        public String location() {
            return header("Location");
        }
    }
}
