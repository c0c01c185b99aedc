package org.pokot.lti.core.message;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * How the platform shows the tool. Moodle sends its own language codes ({@code fi}, {@code pt_br}), which
 * {@link #languageTag()} turns into BCP 47.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#launch-presentation-claim">LTI 1.3 §5.4.4</a>
 */
public record LaunchPresentationClaim(Optional<String> locale, Optional<String> documentTarget,
                                      Optional<URI> returnUrl, Optional<Long> width, Optional<Long> height) {

    public static LaunchPresentationClaim empty() {
        return new LaunchPresentationClaim(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** The locale as a {@link Locale}: {@code pt_br} becomes {@code pt-BR}. */
    public Optional<Locale> languageTag() {
        return locale.filter(l -> !l.isBlank()).map(l -> Locale.forLanguageTag(l.replace('_', '-')));
    }

    /** True when the platform opened the tool in an iframe. */
    public boolean isFramed() {
        return documentTarget.map(t -> t.equals("iframe")).orElse(false);
    }

    static LaunchPresentationClaim fromClaims(ClaimReader claims) {
        return claims.object(LtiClaimNames.LAUNCH_PRESENTATION)
                .map(p -> new LaunchPresentationClaim(p.string("locale"), p.string("document_target"),
                        p.uri("return_url"), p.number("width"), p.number("height")))
                .orElse(empty());
    }
}
