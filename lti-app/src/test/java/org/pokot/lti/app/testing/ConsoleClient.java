package org.pokot.lti.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

import org.pokot.lti.app.testing.TestBrowser.Page;

/**
 * One admin's browser on the console over HTTP: logs in, fills forms with their CSRF token, and keeps every page
 * it was shown, so that a test can check that no secret was on any of them.
 */
public final class ConsoleClient {

    public final TestBrowser browser = new TestBrowser();
    public final List<Page> seen = new ArrayList<>();
    private final String console;

    /** @param tool the tool's base URL ({@code AppPort.TOOL}) */
    public ConsoleClient(String tool) {
        this.console = tool + "/admin";
    }

    public Page get(String path, String... headers) {
        return keep(browser.get(console + path, headers));
    }

    /** Logs in through the login page; answers the redirect that follows the login post. */
    public Page login(String username, String password) {
        Page form = get("/login");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", csrf(form));
        fields.put("username", username);
        fields.put("password", password);
        return keep(browser.postForm(console + "/login", fields));
    }

    /** Posts {@code fields} to a console URL with the CSRF token of {@code from}, a page of the same session. */
    public Page post(String path, Page from, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", csrf(from));
        return keep(browser.postForm(console + path, all));
    }

    /** The same post without the CSRF token, as a forged cross-site form would send it. */
    public Page postWithoutCsrf(String path, Map<String, String> fields) {
        return keep(browser.postForm(console + path, fields));
    }

    /** Submits a form of a console page with its hidden fields (the CSRF token among them) and no others. */
    public Page submit(Element form) {
        return keep(browser.submit(form, List.of()));
    }

    public static String csrf(Page page) {
        Element token = page.document().selectFirst("input[name=_csrf]");
        assertThat(token).as("a CSRF token on " + page.url()).isNotNull();
        return token.attr("value");
    }

    private Page keep(Page page) {
        seen.add(page);
        return page;
    }
}
