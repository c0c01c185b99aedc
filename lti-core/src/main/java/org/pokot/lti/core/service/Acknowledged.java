package org.pokot.lti.core.service;

import java.net.URI;
import java.util.Objects;

/**
 * The platform accepted a call that answers with no body worth reading: a score POST (Moodle: 200 with an empty
 * body) or a DELETE (204).
 *
 * @param resource   the URL the call went to
 * @param httpStatus the 2xx status
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#score-publish-service">AGS 2.0, score publish service</a>
 */
public record Acknowledged(URI resource, int httpStatus) {

    public Acknowledged {
        Objects.requireNonNull(resource, "resource");
        if (httpStatus < 200 || httpStatus > 299) {
            throw new IllegalArgumentException("an acknowledgement has a 2xx status, not " + httpStatus);
        }
    }
}
