package org.pokot.lti.core.http;

import java.io.IOException;

/**
 * Port for every request the tool makes to a platform (JWKS, token, AGS, NRPS, registration), so that one
 * implementation can enforce timeouts, size limits and address rules for all of them.
 */
@FunctionalInterface
public interface HttpTransport {

    /**
     * @throws IOException when no answer arrived: connection refused, timeout, or a body over the size limit
     */
    TransportResponse send(TransportRequest request) throws IOException;
}
