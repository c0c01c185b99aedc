package org.pokot.lti.app.learning;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.oauth2.jwt.Jwt;

import org.pokot.lti.app.launch.SessionClaims;
import org.pokot.lti.core.message.LtiRoles;

/** The session token a page was requested with, read for the page: who, where, and in which language. */
public record LearnerSession(String token, LearnerKey key, String userName, LtiRoles roles, String contextTitle,
                      String resourceLinkTitle, String launchLanguage, Optional<String> packId,
                      Optional<String> moduleId, boolean unconfirmedDeployment) {

    static LearnerSession of(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList(SessionClaims.ROLES);
        String locale = jwt.getClaimAsString(SessionClaims.LOCALE);
        return new LearnerSession(jwt.getTokenValue(), LearnerKey.of(jwt), jwt.getClaimAsString(SessionClaims.NAME),
                LtiRoles.of(roles == null ? List.of() : roles),
                Optional.ofNullable(jwt.getClaimAsString(SessionClaims.CONTEXT_TITLE)).orElse(""),
                Optional.ofNullable(jwt.getClaimAsString(SessionClaims.RESOURCE_LINK_TITLE)).orElse(""),
                locale != null && locale.toLowerCase(Locale.ROOT).startsWith("fi") ? "fi" : "en",
                Optional.ofNullable(jwt.getClaimAsString(SessionClaims.PACK)).filter(s -> !s.isBlank()),
                Optional.ofNullable(jwt.getClaimAsString(SessionClaims.MODULE)).filter(s -> !s.isBlank()),
                Boolean.TRUE.equals(jwt.getClaimAsBoolean(SessionClaims.UNCONFIRMED_DEPLOYMENT)));
    }

    /** Only learners' work is recorded; instructors and others see the same pages as a preview. */
    public boolean recordsProgress() {
        return roles.isLearner() && !roles.canManageContent();
    }

    public String roleLabel() {
        return roles.primaryLabel();
    }

    /** The language asked for on the page, else the launch's (Moodle's {@code fi}, {@code fi_FI}…), else English. */
    String language(String requested) {
        if ("fi".equals(requested) || "en".equals(requested)) {
            return requested;
        }
        return launchLanguage;
    }
}
