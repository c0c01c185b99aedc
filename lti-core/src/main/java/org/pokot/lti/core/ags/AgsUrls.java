package org.pokot.lti.core.ags;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Service URLs built from the ones the platform gave. Moodle's line item URLs carry a query
 * ({@code …/lineitems/2/lineitem?type_id=1}): {@code /scores} and {@code /results} go at the end of the path, before
 * the query, and extra parameters are added to the query the platform gave. Raw (encoded) forms are kept as they are.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service">AGS 2.0, score publish service</a>
 */
final class AgsUrls {

    private AgsUrls() {
    }

    static URI scores(URI lineItem) {
        return withPathSuffix(lineItem, "/scores");
    }

    static URI results(URI lineItem) {
        return withPathSuffix(lineItem, "/results");
    }

    static URI withPathSuffix(URI uri, String suffix) {
        String text = withoutFragment(uri);
        int query = text.indexOf('?');
        String path = query < 0 ? text : text.substring(0, query);
        String rest = query < 0 ? "" : text.substring(query);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return URI.create(path + suffix + rest);
    }

    static URI withQuery(URI uri, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return uri;
        }
        String base = withoutFragment(uri);
        StringBuilder text = new StringBuilder(base);
        boolean hasQuery = base.indexOf('?') >= 0;
        boolean needsAmpersand = hasQuery && !(base.endsWith("?") || base.endsWith("&"));
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            if (!hasQuery) {
                text.append('?');
                hasQuery = true;
            } else if (needsAmpersand) {
                text.append('&');
            }
            text.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()));
            needsAmpersand = true;
        }
        return URI.create(text.toString());
    }

    /** Same scheme, host and port: a bearer token is only sent where the platform's own URLs point. */
    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(lower(a.getScheme()), lower(b.getScheme()))
                && Objects.equals(lower(a.getHost()), lower(b.getHost()))
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
