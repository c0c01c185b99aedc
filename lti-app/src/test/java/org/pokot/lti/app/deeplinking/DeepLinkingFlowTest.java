package org.pokot.lti.app.deeplinking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.app.testing.Launches.LAUNCH;
import static org.pokot.lti.app.testing.Launches.LOGIN;
import static org.pokot.lti.app.testing.Launches.launchFields;
import static org.pokot.lti.app.testing.Launches.loginParameters;
import static org.pokot.lti.app.testing.Launches.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.pokot.lti.app.testing.AppPort;
import org.pokot.lti.app.testing.Launches;
import org.pokot.lti.app.testing.LtiAppTest;
import org.pokot.lti.app.testing.TestBrowser;
import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.testing.SimulatedPlatform;

/** Deep linking end to end: the teacher's request, the selection page, the signed response, and its activities. */
@LtiAppTest
class DeepLinkingFlowTest extends AppPort {

    static final String RETURN_URL = "http://127.0.0.1:8081/mod/lti/contentitem_return.php?course=2&id=1&sesskey=x";

    @Autowired
    RegistrationRepository registrations;
    @Autowired
    JdbcTemplate jdbc;

    TestBrowser browser = new TestBrowser();

    @BeforeEach
    void registerPlatform() {
        jdbc.update("DELETE FROM lti_nonce_use");
        jdbc.update("DELETE FROM lti_registration WHERE id <> 'sandbox'");
        registrations.save(platform.registration().build());
    }

    @Test
    void selectionWhenTwoModulesChosenThenSignedResponseWithTwoGradedLinksThatLaunchIntoTheModule() throws Exception {
        Page selection = request(browser, settings(true, null));
        assertThat(selection.status()).isEqualTo(200);
        assertThat(selection.document().select("input[name=module][type=checkbox]")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(selection.document().getElementById("preview-pokot--labour-market-foresight").select("h1")).isNotEmpty();
        assertThat(selection.document().select("[id]").eachAttr("id")).doesNotHaveDuplicates();

        Element form = selection.document().getElementById("selection-form");
        Page answer = browser.submit(form, List.of(
                Map.entry("module", "pokot/labour-market-foresight"),
                Map.entry("module", "pokot/recognition-of-prior-learning"),
                Map.entry("title.pokot/labour-market-foresight", "Ennakointi (ryhmä A)")));

        Element returnForm = answer.document().getElementById("autopost");
        assertThat(returnForm.attr("action")).isEqualTo(RETURN_URL);
        assertThat(answer.document().getElementById("return-button")).as("works without JavaScript").isNotNull();
        SignedJWT jwt = SignedJWT.parse(returnForm.selectFirst("input[name=JWT]").attr("value"));
        JWTClaimsSet claims = verified(jwt);
        assertThat(claims.getIssuer()).isEqualTo(SimulatedPlatform.CLIENT_ID);
        assertThat(claims.getAudience()).containsExactly(platform.issuer());
        assertThat(claims.getStringClaim(LtiClaimNames.DEPLOYMENT_ID)).isEqualTo(SimulatedPlatform.DEPLOYMENT_ID);
        assertThat(claims.getStringClaim(LtiClaimNames.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingResponse");
        assertThat(claims.getStringClaim(LtiClaimNames.VERSION)).isEqualTo("1.3.0");
        assertThat(claims.getStringClaim("nonce")).isNotBlank();
        assertThat(claims.getIssueTime().toInstant()).isBefore(Instant.now());
        assertThat(claims.getClaim(LtiClaimNames.DL_DATA)).as("Moodle sends no data").isNull();
        List<Map<String, Object>> items = itemsOf(claims);
        assertThat(items).hasSize(2);
        Map<String, Object> first = items.get(0);
        assertThat(first).containsEntry("type", "ltiResourceLink").containsEntry("title", "Ennakointi (ryhmä A)")
                .containsEntry("url", LAUNCH)
                .containsEntry("custom", Map.of("pack", "pokot", "module", "labour-market-foresight"));
        assertThat((Map<String, Object>) first.get("lineItem")).containsEntry("scoreMaximum", 8L)
                .containsEntry("resourceId", "labour-market-foresight").containsEntry("label", "Ennakointi (ryhmä A)");

        // the activity the LMS made from the first item launches straight into its module
        @SuppressWarnings("unchecked")
        Map<String, String> custom = (Map<String, String>) first.get("custom");
        Page login = browser.postForm(LOGIN, loginParameters());
        Page launch = browser.postForm(LAUNCH, launchFields(login.location(),
                Launches.token(login).claim(LtiClaimNames.CUSTOM, custom).sign()));
        assertThat(launch.text("module-title")).isEqualTo("Työelämän ja osaamistarpeiden ennakointi");
    }

    @Test
    void selectionWhenDataAndOneModuleOnlyThenDataRoundTripsAndRadioButtons() throws Exception {
        String data = "{\"opaque\":\"ü ½ <&>\",\"n\":1}";
        Page selection = request(browser, settings(false, data));
        assertThat(selection.document().select("input[name=module][type=radio]")).isNotEmpty();

        Page answer = browser.submit(selection.document().getElementById("selection-form"),
                List.of(Map.entry("module", "pokot/micro-credential-design")));

        JWTClaimsSet claims = verified(SignedJWT.parse(answer.document().selectFirst("input[name=JWT]").attr("value")));
        assertThat(claims.getStringClaim(LtiClaimNames.DL_DATA)).isEqualTo(data);
        assertThat(itemsOf(claims)).hasSize(1);
    }

    @Test
    void selectionWhenTwoChosenButPlatformAcceptsOneThenRefusedAndNothingSent() {
        Page selection = request(browser, settings(false, null));

        Page answer = browser.submit(selection.document().getElementById("selection-form"), List.of(
                Map.entry("module", "pokot/micro-credential-design"),
                Map.entry("module", "pokot/labour-market-foresight")));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("error-code")).isEqualTo("deep-linking-items-not-accepted");
    }

    @Test
    void cancelWhenTeacherCancelsThenEmptyResponseWithMessage() throws Exception {
        Page selection = request(browser, settings(true, null));

        Page answer = browser.submit(selection.document().getElementById("cancel-form"), List.of());

        JWTClaimsSet claims = verified(SignedJWT.parse(answer.document().selectFirst("input[name=JWT]").attr("value")));
        assertThat(itemsOf(claims)).isEmpty();
        assertThat(claims.getStringClaim(LtiClaimNames.DL_MSG)).contains("cancelled");
    }

    @Test
    void requestWhenLearnerThenRefused() {
        Page answer = post(browser, settings(true, null), token -> token);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text("error-code")).isEqualTo("deep-linking-not-allowed");
    }

    @Test
    void requestWhenNoReturnUrlThenRefused() {
        Map<String, Object> settings = new java.util.HashMap<>(settings(true, null));
        settings.remove("deep_link_return_url");

        Page answer = post(browser, settings, IdTokenBuilder::instructor);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("error-code")).isEqualTo("deep-linking-settings-invalid");
    }

    @Test
    void requestWhenReplayedThenRefused() {
        Page login = browser.postForm(LOGIN, loginParameters());
        String idToken = deepLinkingToken(login, settings(true, null)).instructor().sign();
        assertThat(browser.postForm(LAUNCH, launchFields(login.location(), idToken)).status()).isEqualTo(200);

        Page replay = browser.postForm(LAUNCH, launchFields(login.location(), idToken));

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.text("error-code")).isEqualTo("nonce-replayed");
    }

    @Test
    void respondWhenSessionIsNotADeepLinkingOneThenRefused() {
        Page login = browser.postForm(LOGIN, loginParameters());
        Page learnerPage = browser.postForm(LAUNCH, launchFields(login.location(), Launches.token(login).sign()));
        String learnerToken = learnerPage.document().getElementById("launch").attr("data-session-token");

        Page answer = browser.postForm(TOOL + "/deeplinking/respond", Map.of("access_token", learnerToken,
                "module", "pokot/micro-credential-design"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.text("error-code")).isEqualTo("deep-linking-not-allowed");
    }

    // --- helpers

    static Map<String, Object> settings(boolean multiple, String data) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("accept_types", List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", List.of("frame", "iframe", "window"));
        settings.put("accept_multiple", multiple);
        settings.put("auto_create", false);
        settings.put("deep_link_return_url", RETURN_URL);
        if (data != null) {
            settings.put("data", data);
        }
        return settings;
    }

    private Page request(TestBrowser as, Map<String, Object> settings) {
        return post(as, settings, IdTokenBuilder::instructor);
    }

    private Page post(TestBrowser as, Map<String, Object> settings, java.util.function.UnaryOperator<IdTokenBuilder> who) {
        Page login = as.postForm(LOGIN, loginParameters());
        return as.postForm(LAUNCH, launchFields(login.location(), who.apply(deepLinkingToken(login, settings)).sign()));
    }

    private static IdTokenBuilder deepLinkingToken(Page login, Map<String, Object> settings) {
        return Launches.token(login).claim(LtiClaimNames.MESSAGE_TYPE, "LtiDeepLinkingRequest")
                .without(LtiClaimNames.RESOURCE_LINK).without(LtiClaimNames.CUSTOM)
                .claim(LtiClaimNames.DEEP_LINKING_SETTINGS, settings);
    }

    private JWTClaimsSet verified(SignedJWT jwt) throws Exception {
        JWKSet jwks = JWKSet.parse(browser.get(TOOL + "/.well-known/jwks.json").body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).as("kid %s is in the tool's JWKS", jwt.getHeader().getKeyID()).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        return jwt.getJWTClaimsSet();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> itemsOf(JWTClaimsSet claims) {
        return (List<Map<String, Object>>) claims.getClaim(LtiClaimNames.DL_CONTENT_ITEMS);
    }
}
