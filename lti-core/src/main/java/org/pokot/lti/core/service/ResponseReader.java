package org.pokot.lti.core.service;

import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.http.TransportResponse;

/** Turns a successful (2xx) answer into a value. */
@FunctionalInterface
public interface ResponseReader<T> {

    /**
     * @throws LtiException {@link org.pokot.lti.core.error.LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} when the body
     *                      cannot be read
     */
    T read(TransportResponse response);
}
