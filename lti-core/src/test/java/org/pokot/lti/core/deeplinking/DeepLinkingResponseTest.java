package org.pokot.lti.core.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.pokot.lti.core.deeplinking.LtiResourceLinkItem.LineItemSpec;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.jwks.InMemoryToolKeyStore;
import org.pokot.lti.core.jwks.ToolKeys;
import org.pokot.lti.core.message.DeepLinkingSettingsClaim;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.PlatformRegistration;

class DeepLinkingResponseTest {

    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final DeploymentId DEPLOYMENT = new DeploymentId("1");

    final AtomicInteger counter = new AtomicInteger();
    final ToolKeys toolKeys = new ToolKeys(new InMemoryToolKeyStore(), () -> "id-" + counter.incrementAndGet(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    final DeepLinkingResponseSigner signer = new DeepLinkingResponseSigner(toolKeys, () -> "nonce-" + counter.incrementAndGet(),
            Clock.fixed(NOW, ZoneOffset.UTC));
    final PlatformRegistration moodle = PlatformRegistration.builder().id("r").issuer("http://127.0.0.1:8081")
            .clientId("22jxBNLgJMEsf4N").authorizationEndpoint(URI.create("http://127.0.0.1:8081/mod/lti/auth.php"))
            .tokenEndpoint(URI.create("http://127.0.0.1:8081/mod/lti/token.php"))
            .jwksUri(URI.create("http://127.0.0.1:8081/mod/lti/certs.php")).deploymentId("1").build();

    @Test
    void signWhenTwoLinksThenJwtVerifiesWithToolJwksAndCarriesEveryRequiredClaim() throws Exception {
        DeepLinkingResponse response = DeepLinkingResponse.builder(settings(true, Optional.empty(), Optional.empty()), DEPLOYMENT)
                .item(link("Ennakointi").withLineItem(new LineItemSpec(8, Optional.of("Ennakointi"),
                        Optional.of("labour-market-foresight"), Optional.of("pokot"))))
                .item(link("AHOT")).message("2 modules added").build();

        SignedJWT jwt = SignedJWT.parse(signer.sign(moodle, response));

        RSAKey key = (RSAKey) toolKeys.publicJwks().getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("kid in the header, found in the JWKS").isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("22jxBNLgJMEsf4N");
        assertThat(claims.getAudience()).containsExactly("http://127.0.0.1:8081");
        assertThat(claims.getStringClaim(LtiClaimNames.DEPLOYMENT_ID)).isEqualTo("1");
        assertThat(claims.getStringClaim(LtiClaimNames.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LtiClaimNames.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim("nonce")).startsWith("nonce-");
        assertThat(claims.getIssueTime().toInstant()).as("before the LMS clock: Moodle has no leeway")
                .isEqualTo(NOW.minus(DeepLinkingResponseSigner.BACKDATE));
        assertThat(claims.getExpirationTime().toInstant()).isAfter(NOW);
        assertThat(claims.getStringClaim(LtiClaimNames.DL_MSG)).isEqualTo("2 modules added");
        List<?> items = (List<?>) claims.getClaim(LtiClaimNames.DL_CONTENT_ITEMS);
        assertThat(items).hasSize(2);
        @SuppressWarnings("unchecked")
        Map<String, Object> first = (Map<String, Object>) items.get(0);
        assertThat(first).containsEntry("type", "ltiResourceLink")
                .containsEntry("title", "Ennakointi").containsEntry("url", "https://tool.example/lti/launch");
        @SuppressWarnings("unchecked")
        Map<String, Object> lineItem = (Map<String, Object>) first.get("lineItem");
        assertThat(lineItem).containsEntry("scoreMaximum", 8L).containsEntry("resourceId", "labour-market-foresight");
    }

    @Test
    void signWhenRequestHadDataThenDataEchoedByteForByte() throws Exception {
        String data = "{\"a\":\"ü ½ \\\" <&> \\n\",\"b\":[1,2]}  trailing";
        DeepLinkingResponse response = DeepLinkingResponse.builder(settings(true, Optional.empty(), Optional.of(data)),
                DEPLOYMENT).item(link("One")).build();

        SignedJWT jwt = SignedJWT.parse(signer.sign(moodle, response));

        assertThat(jwt.getJWTClaimsSet().getStringClaim(LtiClaimNames.DL_DATA)).isEqualTo(data);
    }

    @Test
    void buildWhenSeveralItemsAndAcceptMultipleFalseThenRefused() {
        var builder = DeepLinkingResponse.builder(settings(false, Optional.empty(), Optional.empty()), DEPLOYMENT)
                .item(link("One")).item(link("Two"));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(LtiException.class,
                e -> assertThat(e.error()).isEqualTo(LtiError.DEEP_LINKING_ITEMS_NOT_ACCEPTED));
    }

    @Test
    void buildWhenItemTypeNotInAcceptTypesThenRefused() {
        var builder = DeepLinkingResponse.builder(settings(true, Optional.empty(), Optional.empty()), DEPLOYMENT)
                .item(new LinkItem(URI.create("https://europass.europa.eu/"), Optional.of("Europass"), Optional.empty()));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(LtiException.class,
                e -> assertThat(e.error()).isEqualTo(LtiError.DEEP_LINKING_ITEMS_NOT_ACCEPTED));
    }

    @Test
    void buildWhenLineItemAndAcceptLineItemFalseThenRefused() {
        var builder = DeepLinkingResponse.builder(settings(true, Optional.of(false), Optional.empty()), DEPLOYMENT)
                .item(link("Graded").withLineItem(new LineItemSpec(8, Optional.empty(), Optional.empty(), Optional.empty())));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(LtiException.class,
                e -> assertThat(e.error()).isEqualTo(LtiError.DEEP_LINKING_ITEMS_NOT_ACCEPTED));
    }

    @Test
    void buildWhenLineItemAndAcceptLineItemAbsentThenAcceptedAsMoodleDoes() {
        DeepLinkingResponse response = DeepLinkingResponse.builder(settings(true, Optional.empty(), Optional.empty()),
                DEPLOYMENT).item(link("Graded").withLineItem(new LineItemSpec(8, Optional.empty(), Optional.empty(),
                Optional.empty()))).build();

        assertThat(response.contentItems()).hasSize(1);
    }

    @Test
    void buildWhenDocumentTargetNotAcceptedThenRefused() {
        DeepLinkingSettingsClaim windowOnly = new DeepLinkingSettingsClaim(URI.create("https://lms.example/return"),
                List.of("ltiResourceLink"), List.of("window"), List.of(), true, Optional.empty(), false,
                Optional.empty(), Optional.empty(), Optional.empty());
        var builder = DeepLinkingResponse.builder(windowOnly, DEPLOYMENT).item(link("Framed").withDocumentTarget("iframe"));

        assertThatThrownBy(builder::build).isInstanceOfSatisfying(LtiException.class,
                e -> assertThat(e.error()).isEqualTo(LtiError.DEEP_LINKING_ITEMS_NOT_ACCEPTED));
    }

    @Test
    void buildWhenCancelledThenEmptyItemsWithMessage() throws Exception {
        DeepLinkingResponse empty = DeepLinkingResponse.builder(settings(false, Optional.empty(), Optional.empty()),
                DEPLOYMENT).message("cancelled").build();

        JWTClaimsSet claims = SignedJWT.parse(signer.sign(moodle, empty)).getJWTClaimsSet();

        assertThat((List<?>) claims.getClaim(LtiClaimNames.DL_CONTENT_ITEMS)).isEmpty();
        assertThat(claims.getStringClaim(LtiClaimNames.DL_MSG)).isEqualTo("cancelled");
    }

    private static LtiResourceLinkItem link(String title) {
        return LtiResourceLinkItem.titled(title).withUrl(URI.create("https://tool.example/lti/launch"))
                .withCustom(Map.of("module", title));
    }

    private static DeepLinkingSettingsClaim settings(boolean multiple, Optional<Boolean> acceptLineItem,
                                                     Optional<String> data) {
        return new DeepLinkingSettingsClaim(URI.create("http://127.0.0.1:8081/mod/lti/contentitem_return.php?course=2"),
                List.of("ltiResourceLink"), List.of("frame", "iframe", "window"), List.of(), multiple, acceptLineItem,
                false, Optional.of("DL title"), Optional.of("DL text"), data);
    }
}
