package org.pokot.lti.core.registration.dynamic;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.ags.AgsScopes;

/**
 * What the tool says about itself when it registers: its name, logo and description as the LMS will list them, the
 * service scopes it asks for and the user claims it wants.
 *
 * @param claims the id_token claims asked for. No {@code email}: the tool never uses it. No {@code locale}: Moodle
 *               drops it, and the launch's {@code launch_presentation.locale} carries the language anyway
 */
public record ToolRegistrationProfile(String clientName, String description, Optional<URI> logoUri,
                                      List<String> scopes, List<String> claims) {

    /** Read the course's members (NRPS 2.0). */
    public static final String NRPS_MEMBERSHIP_READ_ONLY =
            "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    /** The scopes the tool asks for: grade passback with its own columns, results, and the roster. */
    public static final List<String> DEFAULT_SCOPES = List.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE,
            AgsScopes.RESULT_READ_ONLY, NRPS_MEMBERSHIP_READ_ONLY);

    public static final List<String> DEFAULT_CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name");

    public ToolRegistrationProfile {
        if (clientName == null || clientName.isBlank()) {
            throw new IllegalArgumentException("the tool's client name must not be blank");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(logoUri, "logoUri");
        scopes = List.copyOf(scopes);
        claims = List.copyOf(claims);
    }

    public static ToolRegistrationProfile defaults(String clientName, String description, Optional<URI> logoUri) {
        return new ToolRegistrationProfile(clientName, description, logoUri, DEFAULT_SCOPES, DEFAULT_CLAIMS);
    }
}
