package org.pokot.lti.core.registration.dynamic;

import java.net.URI;
import java.util.Locale;

/**
 * The origin of a URL (scheme, host, port), compared with default ports made explicit: {@code https://a.example}
 * and {@code https://a.example:443} are one origin.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6454#section-4">RFC 6454 §4</a>
 */
record Origin(String scheme, String host, int port) {

    static Origin of(URI uri) {
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL: " + uri);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
    }

    /** {@code scheme://host[:port]}, the port only when it is not the scheme's default: the form CSP expects. */
    @Override
    public String toString() {
        boolean defaultPort = port == (scheme.equals("https") ? 443 : 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
