package org.pokot.lti.core.http;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * The one gate for requests to URLs a platform hands the tool: https only (http only to an allowed loopback host),
 * and no private, link-local, loopback, multicast or unspecified address unless the policy allows it, checked on the
 * resolved addresses before any connection, so that an unauthenticated registration URL cannot make the tool probe
 * an internal network. Redirects are never followed (the delegate refuses them).
 * <p>
 * Limit: the JDK client resolves the name again when it connects; a DNS answer that changes between the check and
 * the connection (rebinding) is not caught here. Outbound firewall rules are the second line.
 *
 * @see <a href="https://owasp.org/www-community/attacks/Server_Side_Request_Forgery">OWASP SSRF</a>
 */
public final class GuardedHttpTransport implements HttpTransport {

    private final HttpTransport delegate;
    private final HostResolver resolver;
    private final OutboundPolicy policy;

    public GuardedHttpTransport(HttpTransport delegate, HostResolver resolver, OutboundPolicy policy) {
        this.delegate = delegate;
        this.resolver = resolver;
        this.policy = policy;
    }

    @Override
    public TransportResponse send(TransportRequest request) throws IOException {
        check(request.uri());
        TransportResponse response = delegate.send(request);
        if (response.status() >= 300 && response.status() < 400) {
            throw new IOException("the platform answered with a redirect (HTTP " + response.status()
                    + "), which the tool does not follow");
        }
        return response;
    }

    /** @throws IOException naming the rule the URL breaks */
    void check(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IOException("refused " + uri + ": only absolute https URLs are fetched");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IOException("refused " + uri + ": URLs with user info are not fetched");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new IOException("refused " + uri + ": the host does not resolve", e);
        }
        if (addresses.isEmpty()) {
            throw new IOException("refused " + uri + ": the host does not resolve");
        }
        boolean allLoopback = addresses.stream().allMatch(InetAddress::isLoopbackAddress);
        if (scheme.equals("http") && !(allLoopback && policy.allowLoopback())) {
            throw new IOException("refused " + uri + ": http is fetched only from an allowed loopback host");
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress() ? !policy.allowLoopback() : isInternal(address) && !policy.allows(host)) {
                throw new IOException("refused " + uri + ": " + host + " resolves to the internal address "
                        + address.getHostAddress() + " (an admin can allow this host)");
            }
        }
    }

    private static boolean isInternal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // fc00::/7 unique local
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 || (first == 100 && second >= 64 && second <= 127) // 100.64/10 carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0/24 protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // 198.18/15 benchmarking
                || first >= 240; // reserved and broadcast
    }
}
