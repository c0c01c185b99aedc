package org.pokot.lti.core.message;

import java.util.Objects;

/**
 * One role URI of the LIS vocabulary, e.g. {@code http://purl.imsglobal.org/vocab/lis/v2/membership#Learner}.
 * Short names (as NRPS from Moodle sends) are read as context roles.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#role-vocabularies">LTI 1.3 Appendix A.2</a>
 */
public record LtiRole(String uri) {

    static final String LIS = "http://purl.imsglobal.org/vocab/lis/v2/";
    static final String MEMBERSHIP = LIS + "membership";
    static final String INSTITUTION = LIS + "institution/person";
    static final String SYSTEM = LIS + "system/person";

    public LtiRole {
        Objects.requireNonNull(uri, "uri");
        if (!uri.contains("/") && !uri.contains("#")) {
            uri = MEMBERSHIP + "#" + uri;
        }
    }

    public boolean isContextRole() {
        return uri.startsWith(MEMBERSHIP + "#") || uri.startsWith(MEMBERSHIP + "/");
    }

    public boolean isInstitutionRole() {
        return uri.startsWith(INSTITUTION + "#");
    }

    public boolean isSystemRole() {
        return uri.startsWith(SYSTEM + "#");
    }

    /** The principal role name: {@code Learner} for {@code ...membership#Learner} and for sub-roles of it. */
    public String principalName() {
        // a sub-role (.../membership/Instructor#TeachingAssistant) names its principal role before the '#'
        if (uri.startsWith(MEMBERSHIP + "/")) {
            String rest = uri.substring(MEMBERSHIP.length() + 1);
            int end = rest.indexOf('#');
            return end >= 0 ? rest.substring(0, end) : rest;
        }
        int hash = uri.indexOf('#');
        if (hash >= 0) {
            return uri.substring(hash + 1);
        }
        return uri;
    }

    /** The sub-role name for {@code .../membership/Instructor#TeachingAssistant}, else empty. */
    public String subRoleName() {
        return uri.startsWith(MEMBERSHIP + "/") && uri.contains("#") ? uri.substring(uri.indexOf('#') + 1) : "";
    }
}
