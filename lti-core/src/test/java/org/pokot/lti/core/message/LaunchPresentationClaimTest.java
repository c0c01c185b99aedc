package org.pokot.lti.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.testing.LtiAssertions;

class LaunchPresentationClaimTest {

    @Test
    void languageTagWhenMoodlePortugueseBrazilThenBcp47PtBr() {
        Optional<Locale> tag = withLocale("pt_br").languageTag();

        assertThat(tag).hasValueSatisfying(locale -> {
            assertThat(locale.toLanguageTag()).isEqualTo("pt-BR");
            assertThat(locale.getLanguage()).isEqualTo("pt");
            assertThat(locale.getCountry()).isEqualTo("BR");
        });
    }

    @Test
    void languageTagWhenFinnishThenFi() {
        assertThat(withLocale("fi").languageTag()).contains(Locale.forLanguageTag("fi"));
        assertThat(withLocale("fi").languageTag().orElseThrow().toLanguageTag()).isEqualTo("fi");
    }

    @Test
    void languageTagWhenAlreadyBcp47ThenUnchanged() {
        assertThat(withLocale("en-US").languageTag().orElseThrow().toLanguageTag()).isEqualTo("en-US");
    }

    @Test
    void languageTagWhenBlankOrAbsentThenEmpty() {
        assertThat(withLocale(" ").languageTag()).isEmpty();
        assertThat(LaunchPresentationClaim.empty().languageTag()).isEmpty();
    }

    @Test
    void fromClaimsWhenMoodlePresentationThenReadsEveryField() {
        LaunchPresentationClaim claim = LaunchPresentationClaim.fromClaims(ClaimReader.of(Map.of(
                LtiClaimNames.LAUNCH_PRESENTATION, Map.of("locale", "en", "document_target", "iframe",
                        "return_url", "http://127.0.0.1:8081/mod/lti/return.php?course=2", "width", 800L,
                        "height", 600L))));

        assertThat(claim.locale()).contains("en");
        assertThat(claim.isFramed()).isTrue();
        assertThat(claim.returnUrl()).contains(URI.create("http://127.0.0.1:8081/mod/lti/return.php?course=2"));
        assertThat(claim.width()).contains(800L);
        assertThat(claim.height()).contains(600L);
    }

    @Test
    void fromClaimsWhenAbsentThenEmptyAndNotFramed() {
        LaunchPresentationClaim claim = LaunchPresentationClaim.fromClaims(ClaimReader.of(Map.of()));

        assertThat(claim).isEqualTo(LaunchPresentationClaim.empty());
        assertThat(claim.isFramed()).isFalse();
    }

    @Test
    void fromClaimsWhenReturnUrlRelativeThenClaimInvalid() {
        assertThat(LtiAssertions.errorOf(() -> LaunchPresentationClaim.fromClaims(ClaimReader.of(Map.of(
                LtiClaimNames.LAUNCH_PRESENTATION, Map.of("return_url", "/mod/lti/return.php"))))))
                .isEqualTo(LtiError.CLAIM_INVALID);
    }

    private static LaunchPresentationClaim withLocale(String locale) {
        return new LaunchPresentationClaim(Optional.of(locale), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
