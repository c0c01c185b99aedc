package org.pokot.lti.app.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.pokot.lti.app.testing.TestBrowser.Page;
import org.pokot.lti.core.message.LtiClaimNames;
import org.pokot.lti.core.testing.IdTokenBuilder;
import org.pokot.lti.core.testing.SimulatedPlatform;

/** The simulated LMS of the app's full-flow tests, and the pieces of a launch through it. */
public final class Launches {

    public static final String LOGIN = AppPort.TOOL + "/lti/login";
    public static final String LAUNCH = AppPort.TOOL + "/lti/launch";

    /** One platform for every test class of the JVM; it stops with the JVM. */
    public static final SimulatedPlatform platform = SimulatedPlatform.start();

    private Launches() {
    }

    /** Moodle's login initiation, as its capture shows, towards the simulated platform. */
    public static Map<String, String> loginParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("iss", platform.issuer());
        p.put("target_link_uri", LAUNCH);
        p.put("login_hint", "learner-1");
        p.put("lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_1206591829\"}");
        p.put("client_id", SimulatedPlatform.CLIENT_ID);
        p.put("lti_deployment_id", SimulatedPlatform.DEPLOYMENT_ID);
        return p;
    }

    public static IdTokenBuilder token(Page login) {
        return token(login.location());
    }

    /** A valid learner launch answering the nonce of this auth request. */
    public static IdTokenBuilder token(String authUri) {
        Map<String, String> auth = QueryParams.of(authUri);
        return platform.idToken(LAUNCH, auth.get("nonce"), Instant.now())
                .claim(LtiClaimNames.CUSTOM, Map.of("module", "labour-market-foresight",
                        "Module", "labour-market-foresight"))
                .claim(LtiClaimNames.CONTEXT, Map.of("id", "course-1", "title", "POKOT pilot",
                        "type", List.of("CourseSection")));
    }

    public static Map<String, String> launchFields(String authUri, String idToken) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id_token", idToken);
        fields.put("state", QueryParams.of(authUri).get("state"));
        return fields;
    }
}
