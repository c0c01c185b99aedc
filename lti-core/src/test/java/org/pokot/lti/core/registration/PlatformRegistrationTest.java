package org.pokot.lti.core.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlatformRegistrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8081", "http://localhost:8081", "http://[::1]:8081",
            "http://127.0.0.2", "http://moodle.localhost"})
    void buildWhenHttpToLoopbackHostThenAccepted(String origin) {
        PlatformRegistration registration = registration(origin).build();

        assertThat(registration.issuer().value()).isEqualTo(origin);
        assertThat(registration.jwksUri()).isEqualTo(URI.create(origin + "/mod/lti/certs.php"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://lms.example.invalid", "http://10.0.0.5", "http://localhost.evil.example",
            "http://127.0.0.1.nip.io", "http://127.1", "http://2130706433", "http://127.0.0.1.5"})
    void buildWhenHttpToOtherHostThenRefused(String origin) {
        assertThatIllegalArgumentException().isThrownBy(() -> registration(origin).build());
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer(origin));
    }

    @Test
    void buildWhenOnlyOneEndpointIsPlainHttpThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> registration("https://lms.example")
                .jwksUri(URI.create("http://lms.example/certs")).build());
        assertThatIllegalArgumentException().isThrownBy(() -> registration("https://lms.example")
                .tokenEndpoint(URI.create("http://lms.example/token")).build());
        assertThatIllegalArgumentException().isThrownBy(() -> registration("https://lms.example")
                .authorizationEndpoint(URI.create("http://lms.example/auth")).build());
    }

    @Test
    void buildWhenHttpsThenAccepted() {
        PlatformRegistration registration = registration("https://lms.example").build();

        assertThat(registration.issuer()).isEqualTo(new Issuer("https://lms.example"));
        assertThat(registration.platformOrigin()).isEqualTo("https://lms.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://lms.example", "lms.example", "/relative", "https://"})
    void buildWhenNotAnAbsoluteHttpUrlThenRefused(String issuer) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Issuer(issuer));
    }

    @Test
    void buildWhenRequiredPartMissingThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> registration("https://lms.example").clientId(" ")
                .build());
        assertThatIllegalArgumentException().isThrownBy(() -> registration("https://lms.example").id("").build());
        assertThatIllegalArgumentException().isThrownBy(() -> registration("https://lms.example").jwksUri(null)
                .build());
        assertThatNullPointerException().isThrownBy(() -> registration("https://lms.example")
                .unknownDeploymentPolicy(null).build());
    }

    @Test
    void platformOriginWhenIssuerHasPortAndPathThenSchemeHostAndPort() {
        assertThat(registration("http://127.0.0.1:8081").build().platformOrigin()).isEqualTo("http://127.0.0.1:8081");
        assertThat(registration("https://lms.example/moodle").build().platformOrigin())
                .isEqualTo("https://lms.example");
    }

    @Test
    void isDeploymentKnownWhenRegisteredOrUnconfirmedThenTrue() {
        PlatformRegistration registration = registration("https://lms.example").deploymentId("1")
                .unconfirmedDeploymentIds(Set.of(new DeploymentId("7"))).build();

        assertThat(registration.isDeploymentKnown(new DeploymentId("1"))).isTrue();
        assertThat(registration.isDeploymentKnown(new DeploymentId("7"))).isTrue();
        assertThat(registration.isDeploymentKnown(new DeploymentId("2"))).isFalse();
        assertThat(registration.unknownDeploymentPolicy()).isEqualTo(UnknownDeploymentPolicy.REJECT);
    }

    @Test
    void toBuilderWhenRebuiltThenEqual() {
        PlatformRegistration registration = registration("https://lms.example").deploymentId("1").deploymentId("2")
                .unknownDeploymentPolicy(UnknownDeploymentPolicy.ACCEPT_AND_RECORD).build();

        assertThat(registration.toBuilder().build()).isEqualTo(registration);
        assertThat(registration.deploymentIds()).containsExactlyInAnyOrder(new DeploymentId("1"),
                new DeploymentId("2"));
    }

    @Test
    void constructorWhenDeploymentSetChangesLaterThenRegistrationUnchanged() {
        Set<DeploymentId> ids = new HashSet<>(Set.of(new DeploymentId("1")));
        PlatformRegistration registration = registration("https://lms.example").deploymentIds(ids).build();
        ids.add(new DeploymentId("2"));

        assertThat(registration.deploymentIds()).containsExactly(new DeploymentId("1"));
    }

    @Test
    void deploymentIdWhenBlankOrLongerThan255ThenRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DeploymentId(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> new DeploymentId("d".repeat(256)));
        assertThat(new DeploymentId("d".repeat(255)).value()).hasSize(255);
    }

    @Test
    void addUnconfirmedDeploymentWhenRepeatedThenRecordedOnce() {
        InMemoryRegistrationRepository repository = new InMemoryRegistrationRepository();
        PlatformRegistration registration = registration("https://lms.example").deploymentId("1").build();
        repository.save(registration);

        repository.addUnconfirmedDeployment(registration.id(), new DeploymentId("9"));
        repository.addUnconfirmedDeployment(registration.id(), new DeploymentId("9"));

        assertThat(repository.findById(registration.id()).orElseThrow().unconfirmedDeploymentIds())
                .containsExactly(new DeploymentId("9"));
        assertThat(repository.findByIssuerAndClientId(new Issuer("https://lms.example"), new ClientId("client-1")))
                .isPresent();
        assertThat(repository.findByIssuer(new Issuer("https://other.example"))).isEmpty();
    }

    private static PlatformRegistration.Builder registration(String origin) {
        return PlatformRegistration.builder().id("reg-1").issuer(origin).clientId("client-1")
                .authorizationEndpoint(URI.create(origin + "/mod/lti/auth.php"))
                .tokenEndpoint(URI.create(origin + "/mod/lti/token.php"))
                .jwksUri(URI.create(origin + "/mod/lti/certs.php"));
    }

    @Test
    void assertionAudienceWhenNothingSetThenTheTokenEndpoint() {
        PlatformRegistration moodle = registration("https://lms.example").family(PlatformFamily.MOODLE).build();

        assertThat(moodle.assertionAudience()).isEqualTo(moodle.tokenEndpoint().toString());
    }

    @Test
    void assertionAudienceWhenBrightspaceThenItsFixedAudience() {
        PlatformRegistration d2l = registration("https://lms.example").family(PlatformFamily.D2L).build();

        assertThat(d2l.assertionAudience()).isEqualTo("https://api.brightspace.com/auth/token");
    }

    @Test
    void assertionAudienceWhenSetThenTheSettingWinsOverTheFamily() {
        PlatformRegistration d2l = registration("https://lms.example").family(PlatformFamily.D2L)
                .tokenAudience("https://lms.example/audience").build();

        assertThat(d2l.assertionAudience()).isEqualTo("https://lms.example/audience");
        assertThat(d2l.toBuilder().build()).isEqualTo(d2l);
    }

    @Test
    void buildWhenTokenAudienceBlankThenTheDefault() {
        PlatformRegistration registration = registration("https://lms.example").tokenAudience(" ").build();

        assertThat(registration.tokenAudience()).isEmpty();
        assertThat(registration.enabled()).isTrue();
        assertThat(registration.family()).isEqualTo(PlatformFamily.OTHER);
    }

    @ParameterizedTest
    @CsvSource({"moodle,MOODLE", "canvas,CANVAS", "Blackboard Learn,BLACKBOARD",
            "BlackboardLearn,BLACKBOARD", "desire2learn,D2L", "sakai,SAKAI", "schoology,OTHER", "'',OTHER"})
    void fromProductFamilyCodeWhenKnownThenFamilyElseOther(String code, PlatformFamily expected) {
        assertThat(PlatformFamily.fromProductFamilyCode(code)).isEqualTo(expected);
    }
}
