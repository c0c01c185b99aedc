package org.pokot.lti.core.registration;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one rule for platform URLs: https, or http only towards a loopback host (a local test site). Public for
 * dynamic registration, which checks a platform's URLs before it builds a registration from them.
 */
public final class PlatformUrls {

    private PlatformUrls() {
    }

    /** @throws IllegalArgumentException naming the URL and the rule it breaks */
    public static URI requireSecure(URI uri, String name) {
        if (uri == null) {
            throw new IllegalArgumentException(name + " must be given");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(name + " must be an absolute http(s) URL: " + uri);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            throw new IllegalArgumentException(name + " must use https; http is accepted only for loopback hosts: " + uri);
        }
        return uri;
    }

    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    // compiled once: every stored login state re-checks its issuer, so String.matches compiled it per launch
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    /** Decided from the literal host only: no DNS lookup, so a name cannot be made to resolve to loopback later. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        // only a well-formed address literal goes to InetAddress: anything else (e.g. "1.2.3.4.5") would be looked up
        boolean literal = IPV4.matcher(h).matches() || h.contains(":");
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
