package org.pokot.lti.app.sandbox;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/**
 * A minimal LTI platform inside the app, so that a newcomer can launch the tool with no LMS. Its key lives only
 * in memory; the registration is rewritten at each start.
 */
final class SandboxPlatform {

    static final String REGISTRATION_ID = "sandbox";
    static final String CLIENT_ID = "sandbox-client";
    static final String DEPLOYMENT_ID = "sandbox-deployment";
    static final String CONTEXT_ID = "sandbox-course";
    static final String RESOURCE_LINK_ID = "sandbox-link-1";

    private final String base;
    private final RSAKey key;

    SandboxPlatform(URI platformUrl) {
        this.base = platformUrl.toString().replaceAll("/+$", "") + "/sandbox";
        try {
            this.key = new RSAKeyGenerator(2048).keyID("sandbox-" + Instant.now().getEpochSecond())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the sandbox platform key", e);
        }
    }

    String issuer() {
        return base;
    }

    String url(String path) {
        return base + path;
    }

    PlatformRegistration registration() {
        return PlatformRegistration.builder().id(REGISTRATION_ID).issuer(issuer()).clientId(CLIENT_ID)
                .authorizationEndpoint(URI.create(url("/auth"))).tokenEndpoint(URI.create(url("/token")))
                .jwksUri(URI.create(url("/jwks.json"))).deploymentId(DEPLOYMENT_ID)
                .unknownDeploymentPolicy(UnknownDeploymentPolicy.REJECT).build();
    }

    String returnUrl() {
        return url("/deeplinking/return");
    }

    /** A teacher's "Select content" in the sandbox course: a deep-linking request that accepts several graded links. */
    String deepLinkingToken(SandboxUser user, String nonce, String targetLinkUri, String locale, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer()).audience(CLIENT_ID).subject(user.id())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                .claim("nonce", nonce)
                .claim("name", user.givenName() + " " + user.familyName())
                .claim(LtiClaimNames.MESSAGE_TYPE, "LtiDeepLinkingRequest")
                .claim(LtiClaimNames.VERSION, "1.3.0")
                .claim(LtiClaimNames.DEPLOYMENT_ID, DEPLOYMENT_ID)
                .claim(LtiClaimNames.TARGET_LINK_URI, targetLinkUri)
                .claim(LtiClaimNames.ROLES, user.roles())
                .claim(LtiClaimNames.CONTEXT, Map.of("id", CONTEXT_ID, "label", "POKOT-SANDBOX",
                        "title", "POKOT sandbox course", "type", List.of("CourseSection")))
                .claim(LtiClaimNames.LAUNCH_PRESENTATION, Map.of("locale", locale, "document_target", "iframe"))
                .claim(LtiClaimNames.DEEP_LINKING_SETTINGS, Map.of(
                        "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_multiple", true, "auto_create", false,
                        "deep_link_return_url", returnUrl()))
                .build();
        return sign(claims);
    }

    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /** @param module the module the sandbox's link names in its custom parameters, or empty for none */
    String idToken(SandboxUser user, String nonce, String targetLinkUri, String documentTarget, String locale,
                   String module, Instant now) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(CLIENT_ID)
                .subject(user.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)))
                .claim("nonce", nonce)
                .claim("name", user.givenName() + " " + user.familyName())
                .claim("given_name", user.givenName())
                .claim("family_name", user.familyName())
                .claim(LtiClaimNames.MESSAGE_TYPE, "LtiResourceLinkRequest")
                .claim(LtiClaimNames.VERSION, "1.3.0")
                .claim(LtiClaimNames.DEPLOYMENT_ID, DEPLOYMENT_ID)
                .claim(LtiClaimNames.TARGET_LINK_URI, targetLinkUri)
                .claim(LtiClaimNames.ROLES, user.roles())
                .claim(LtiClaimNames.CONTEXT, Map.of("id", CONTEXT_ID, "label", "POKOT-SANDBOX",
                        "title", "POKOT sandbox course", "type", List.of("CourseSection")))
                .claim(LtiClaimNames.RESOURCE_LINK, Map.of("id", RESOURCE_LINK_ID, "title", "POKOT modules"))
                .claim(LtiClaimNames.LAUNCH_PRESENTATION, Map.of("locale", locale, "document_target", documentTarget,
                        "return_url", url("")))
                .claim(LtiClaimNames.CUSTOM, module.isEmpty() ? Map.of() : Map.of("module", module))
                .claim(LtiClaimNames.TOOL_PLATFORM, Map.of("name", "POKOT sandbox platform",
                        "product_family_code", "pokot-sandbox", "guid", "pokot-sandbox"))
                .build();
        return sign(claims);
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a sandbox id_token", e);
        }
        return jwt.serialize();
    }
}
