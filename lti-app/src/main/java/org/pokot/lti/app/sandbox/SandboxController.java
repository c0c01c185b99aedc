package org.pokot.lti.app.sandbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.pokot.lti.core.jwks.ToolKeys;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.oidc.ToolUrls;

/**
 * The sandbox platform's pages: a course page that embeds the tool, the login initiation it sends, its OIDC
 * auth endpoint and its JWKS. The auth endpoint checks what a real platform checks, and answers like Moodle does
 * when the redirect_uri is not the registered one.
 */
@Controller
@ConditionalOnProperty(name = "lti.sandbox.enabled", havingValue = "true")
class SandboxController {

    private final SandboxPlatform sandbox;
    private final ToolUrls toolUrls;
    private final ToolKeys toolKeys;
    private final Clock clock;

    SandboxController(SandboxPlatform sandbox, ToolUrls toolUrls, ToolKeys toolKeys, Clock clock) {
        this.sandbox = sandbox;
        this.toolUrls = toolUrls;
        this.toolKeys = toolKeys;
        this.clock = clock;
    }

    /** The course page: the tool in an iframe, as an LMS shows it. */
    @GetMapping("/sandbox")
    String course(@RequestParam(name = "as", defaultValue = "learner") String as,
                  @RequestParam(defaultValue = "fi") String locale,
                  @RequestParam(defaultValue = "") String module,
                  @RequestParam(defaultValue = "launch") String message, Model model) {
        SandboxUser user = SandboxUser.fromParameter(as);
        String query = "as=" + (user == SandboxUser.INSTRUCTOR ? "instructor" : "learner")
                + "&locale=" + (locale.equals("en") ? "en" : "fi")
                + (module.matches("[a-z0-9-]{1,64}") ? "&module=" + module : "")
                + (message.equals("deeplinking") ? "&message=deeplinking" : "");
        model.addAttribute("user", user.givenName() + " " + user.familyName());
        model.addAttribute("frameSrc", sandbox.url("/start?target=iframe&" + query));
        model.addAttribute("windowUrl", sandbox.url("/start?target=window&" + query));
        return "sandbox/course";
    }

    /** The platform's side of a launch: a form POST of the login initiation to the tool. */
    @GetMapping("/sandbox/start")
    String start(@RequestParam(name = "as", defaultValue = "learner") String as,
                 @RequestParam(defaultValue = "iframe") String target,
                 @RequestParam(defaultValue = "fi") String locale,
                 @RequestParam(defaultValue = "") String module,
                 @RequestParam(defaultValue = "launch") String message, Model model) {
        SandboxUser user = SandboxUser.fromParameter(as);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("iss", sandbox.issuer());
        fields.put("login_hint", user.id());
        fields.put("target_link_uri", toolUrls.launchUri().toString());
        fields.put("lti_message_hint", JSONObjectUtils.toJSONString(Map.of(
                "target", target.equals("window") ? "window" : "iframe",
                "locale", locale.equals("en") ? "en" : "fi",
                "module", module.matches("[a-z0-9-]{1,64}") ? module : "",
                "message", message.equals("deeplinking") ? "deeplinking" : "launch")));
        fields.put("client_id", SandboxPlatform.CLIENT_ID);
        fields.put("lti_deployment_id", SandboxPlatform.DEPLOYMENT_ID);
        return autoPost(model, toolUrls.loginUri().toString(), fields, "Opening the tool…");
    }

    /** OIDC authentication endpoint: answers with a form post of the signed id_token to the tool. */
    @GetMapping("/sandbox/auth")
    Object auth(@RequestParam Map<String, String> params, Model model) {
        String problem = checkAuthRequest(params);
        if (problem != null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN)
                    .body("Invalid request: " + problem);
        }
        SandboxUser user = SandboxUser.byId(params.get("login_hint")).orElseThrow();
        Map<String, Object> hint = parseHint(params.get("lti_message_hint"));
        String locale = String.valueOf(hint.getOrDefault("locale", "fi"));
        String idToken = "deeplinking".equals(hint.get("message"))
                ? sandbox.deepLinkingToken(user, params.get("nonce"), toolUrls.launchUri().toString(), locale,
                        clock.instant())
                : sandbox.idToken(user, params.get("nonce"), toolUrls.launchUri().toString(),
                        String.valueOf(hint.getOrDefault("target", "iframe")), locale,
                        String.valueOf(hint.getOrDefault("module", "")), clock.instant());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", params.get("state"));
        return autoPost(model, params.get("redirect_uri"), fields, "Returning to the tool…");
    }

    /**
     * The sandbox's deep_link_return_url: checks the tool's signed response as a platform must (signature by the
     * tool's published key, iss = the client id, aud = this platform) and shows the activities it would create.
     */
    @PostMapping("/sandbox/deeplinking/return")
    Object deepLinkingReturn(@RequestParam(name = "JWT") String jwt, Model model) {
        try {
            SignedJWT response = SignedJWT.parse(jwt);
            JWK key = toolKeys.publicJwks().getKeyByKeyId(response.getHeader().getKeyID());
            JWTClaimsSet claims = response.getJWTClaimsSet();
            if (!(key instanceof RSAKey rsa) || !response.verify(new RSASSAVerifier(rsa))
                    || !SandboxPlatform.CLIENT_ID.equals(claims.getIssuer())
                    || !claims.getAudience().contains(sandbox.issuer())
                    || !"LtiDeepLinkingResponse".equals(claims.getStringClaim(LtiClaimNames.MESSAGE_TYPE))) {
                return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Invalid request");
            }
            model.addAttribute("items", claims.getClaim(LtiClaimNames.DL_CONTENT_ITEMS));
            model.addAttribute("message", claims.getStringClaim(LtiClaimNames.DL_MSG));
            return "sandbox/deeplinking-return";
        } catch (java.text.ParseException | com.nimbusds.jose.JOSEException e) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("Invalid request");
        }
    }

    @GetMapping(value = "/sandbox/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    String jwks() {
        return sandbox.publicKeys().toString(true);
    }

    private String checkAuthRequest(Map<String, String> p) {
        if (!"openid".equals(p.get("scope"))) {
            return "scope must be openid";
        }
        if (!"id_token".equals(p.get("response_type"))) {
            return "response_type must be id_token";
        }
        if (!"form_post".equals(p.get("response_mode"))) {
            return "response_mode must be form_post";
        }
        if (!"none".equals(p.get("prompt"))) {
            return "prompt must be none";
        }
        if (!SandboxPlatform.CLIENT_ID.equals(p.get("client_id"))) {
            return "unknown client_id";
        }
        if (!toolUrls.launchUri().toString().equals(p.get("redirect_uri"))) {
            return "redirect_uri is not the registered one";
        }
        if (p.get("nonce") == null || p.get("state") == null) {
            return "nonce and state are required";
        }
        if (SandboxUser.byId(p.get("login_hint")).isEmpty()) {
            return "unknown login_hint";
        }
        return null;
    }

    private static Map<String, Object> parseHint(String hint) {
        try {
            return hint == null ? Map.of() : JSONObjectUtils.parse(hint);
        } catch (java.text.ParseException e) {
            return Map.of();
        }
    }

    private static String autoPost(Model model, String action, Map<String, String> fields, String message) {
        model.addAttribute("action", action);
        model.addAttribute("fields", fields);
        model.addAttribute("message", message);
        return "sandbox/autopost";
    }
}
