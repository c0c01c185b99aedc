package org.pokot.lti.core.registration;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;

/**
 * The LMS product a registration points at, where the tool must behave differently per product. Read from the
 * {@code product_family_code} of dynamic registration, or chosen by the admin for a manual registration.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0/#platform-configuration">Dynamic Registration §3.5</a>
 */
public enum PlatformFamily {
    MOODLE("moodle"),
    CANVAS("canvas"),
    BLACKBOARD("blackboardlearn"),
    /** Brightspace wants its own audience in the client assertion, not the token endpoint URL. */
    D2L("desire2learn", "https://api.brightspace.com/auth/token"),
    SAKAI("sakai"),
    OTHER("");

    private final String productFamilyCode;
    private final String fixedTokenAudience;

    PlatformFamily(String productFamilyCode) {
        this(productFamilyCode, null);
    }

    PlatformFamily(String productFamilyCode, String fixedTokenAudience) {
        this.productFamilyCode = productFamilyCode;
        this.fixedTokenAudience = fixedTokenAudience;
    }

    /** The family a platform's {@code product_family_code} names; {@link #OTHER} for any code not listed. */
    public static PlatformFamily fromProductFamilyCode(String code) {
        String normalized = code == null ? "" : code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return Arrays.stream(values())
                .filter(f -> !f.productFamilyCode.isEmpty() && normalized.startsWith(f.productFamilyCode))
                .findFirst()
                .orElse(OTHER);
    }

    /**
     * The {@code aud} of the client assertion when the registration sets none: the family's fixed audience where it
     * has one, else the token endpoint URL (what the Security Framework prescribes and Moodle, Canvas, Blackboard
     * and Sakai accept).
     */
    public String defaultTokenAudience(URI tokenEndpoint) {
        return fixedTokenAudience != null ? fixedTokenAudience : tokenEndpoint.toString();
    }
}
