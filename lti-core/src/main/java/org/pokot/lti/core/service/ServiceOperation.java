package org.pokot.lti.core.service;

import java.util.Optional;
import java.util.Set;

/**
 * One kind of service call (posting a score, listing line items …): the scopes that allow it, and what an HTTP status
 * means for it in words. Platforms such as Moodle send no error body, so these words are often the only explanation
 * an admin gets.
 */
public interface ServiceOperation {

    /** What the tool was doing, e.g. {@code "posting a score"}. */
    String description();

    /** The call is allowed when the token grants at least one of these. */
    Set<String> acceptedScopes();

    /** What {@code status} means for this call; empty for the generic explanation. */
    Optional<String> explain(int status);
}
