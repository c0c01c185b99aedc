package org.pokot.lti.core.message;

import java.util.List;

/**
 * The roles claim with helpers for what the tool decides on. Context roles (membership) speak of this course;
 * institution and system roles speak of the person elsewhere and do not make anyone an instructor here.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#roles-claim">LTI 1.3 §5.3.7</a>
 */
public record LtiRoles(List<LtiRole> roles) {

    public LtiRoles {
        roles = List.copyOf(roles);
    }

    public static LtiRoles of(List<String> uris) {
        return new LtiRoles(uris.stream().filter(s -> !s.isBlank()).map(LtiRole::new).toList());
    }

    public List<LtiRole> contextRoles() {
        return roles.stream().filter(LtiRole::isContextRole).toList();
    }

    public List<LtiRole> institutionRoles() {
        return roles.stream().filter(LtiRole::isInstitutionRole).toList();
    }

    public List<LtiRole> systemRoles() {
        return roles.stream().filter(LtiRole::isSystemRole).toList();
    }

    public boolean isInstructor() {
        return hasContextRole("Instructor");
    }

    public boolean isLearner() {
        return hasContextRole("Learner");
    }

    public boolean isContentDeveloper() {
        return hasContextRole("ContentDeveloper");
    }

    /** A context administrator, or a system administrator (Moodle sends the latter for site admins). */
    public boolean isAdministrator() {
        return hasContextRole("Administrator")
                || roles.stream().anyMatch(r -> r.isSystemRole() && r.principalName().equals("Administrator"));
    }

    /** Instructor, content developer or administrator: may configure content (deep linking, instructor views). */
    public boolean canManageContent() {
        return isInstructor() || isContentDeveloper() || isAdministrator();
    }

    public boolean isEmpty() {
        return roles.isEmpty();
    }

    /** A short label for pages: the most privileged context role, or "Learner", "Guest". */
    public String primaryLabel() {
        if (isAdministrator()) {
            return "Administrator";
        }
        if (isInstructor()) {
            return "Instructor";
        }
        if (isContentDeveloper()) {
            return "ContentDeveloper";
        }
        if (isLearner()) {
            return "Learner";
        }
        return contextRoles().stream().map(LtiRole::principalName).findFirst().orElse("Guest");
    }

    private boolean hasContextRole(String name) {
        return roles.stream().anyMatch(r -> r.isContextRole() && r.principalName().equals(name));
    }
}
