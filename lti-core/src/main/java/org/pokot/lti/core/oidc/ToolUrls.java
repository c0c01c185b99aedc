package org.pokot.lti.core.oidc;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where this tool lives. {@code launchUri} is the one redirect_uri the tool registers with platforms: Moodle
 * compares it exactly with its registered list.
 */
public record ToolUrls(URI baseUri, URI loginUri, URI launchUri) {

    public ToolUrls {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(loginUri, "loginUri");
        Objects.requireNonNull(launchUri, "launchUri");
        if (!baseUri.isAbsolute() || baseUri.getHost() == null) {
            throw new IllegalArgumentException("the tool base URL must be absolute: " + baseUri);
        }
    }

    /** The usual layout: {@code /lti/login} and {@code /lti/launch} under the base URL. */
    public static ToolUrls under(URI baseUri) {
        String base = baseUri.toString().replaceAll("/+$", "");
        return new ToolUrls(URI.create(base + "/"), URI.create(base + "/lti/login"), URI.create(base + "/lti/launch"));
    }

    /** Where the tool publishes its public keys ({@code .well-known/jwks.json} under the base URL). */
    public URI jwksUri() {
        return baseUri.resolve(".well-known/jwks.json");
    }

    /** True when {@code uri} is on this tool's origin and under its base path. */
    public boolean isOwnUri(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null) {
            return false;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return scheme(uri).equals(scheme(baseUri))
                && uri.getHost().equalsIgnoreCase(baseUri.getHost())
                && port(uri) == port(baseUri)
                && path.startsWith(baseUri.getRawPath() == null || baseUri.getRawPath().isEmpty() ? "/" : baseUri.getRawPath())
                && uri.getRawUserInfo() == null;
    }

    private static String scheme(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return scheme(uri).equals("https") ? 443 : 80;
    }
}
