package org.pokot.lti.core.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Every claim name against the literal in the IMS specifications, spelled out here rather than derived. A new
 * constant fails the reflection test until its spec literal is added here too.
 */
class LtiClaimNamesTest {

    private static final Map<String, String> SPEC = new LinkedHashMap<>();

    static {
        SPEC.put("MESSAGE_TYPE", "https://purl.imsglobal.org/spec/lti/claim/message_type");
        SPEC.put("VERSION", "https://purl.imsglobal.org/spec/lti/claim/version");
        SPEC.put("DEPLOYMENT_ID", "https://purl.imsglobal.org/spec/lti/claim/deployment_id");
        SPEC.put("TARGET_LINK_URI", "https://purl.imsglobal.org/spec/lti/claim/target_link_uri");
        SPEC.put("RESOURCE_LINK", "https://purl.imsglobal.org/spec/lti/claim/resource_link");
        SPEC.put("ROLES", "https://purl.imsglobal.org/spec/lti/claim/roles");
        SPEC.put("ROLE_SCOPE_MENTOR", "https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor");
        SPEC.put("CONTEXT", "https://purl.imsglobal.org/spec/lti/claim/context");
        SPEC.put("TOOL_PLATFORM", "https://purl.imsglobal.org/spec/lti/claim/tool_platform");
        SPEC.put("LAUNCH_PRESENTATION", "https://purl.imsglobal.org/spec/lti/claim/launch_presentation");
        SPEC.put("CUSTOM", "https://purl.imsglobal.org/spec/lti/claim/custom");
        SPEC.put("LIS", "https://purl.imsglobal.org/spec/lti/claim/lis");
        SPEC.put("EXT", "https://purl.imsglobal.org/spec/lti/claim/ext");
        SPEC.put("AGS_ENDPOINT", "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint");
        SPEC.put("NRPS", "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice");
        SPEC.put("DEEP_LINKING_SETTINGS", "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings");
        SPEC.put("DL_CONTENT_ITEMS", "https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        SPEC.put("DL_DATA", "https://purl.imsglobal.org/spec/lti-dl/claim/data");
        SPEC.put("DL_MSG", "https://purl.imsglobal.org/spec/lti-dl/claim/msg");
        SPEC.put("DL_LOG", "https://purl.imsglobal.org/spec/lti-dl/claim/log");
        SPEC.put("DL_ERROR_MSG", "https://purl.imsglobal.org/spec/lti-dl/claim/errormsg");
        SPEC.put("DL_ERROR_LOG", "https://purl.imsglobal.org/spec/lti-dl/claim/errorlog");
    }

    @Test
    void constantsWhenComparedWithSpecLiteralsThenEqual() {
        assertThat(LtiClaimNames.MESSAGE_TYPE).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/message_type");
        assertThat(LtiClaimNames.VERSION).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/version");
        assertThat(LtiClaimNames.DEPLOYMENT_ID).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/deployment_id");
        assertThat(LtiClaimNames.TARGET_LINK_URI)
                .isEqualTo("https://purl.imsglobal.org/spec/lti/claim/target_link_uri");
        assertThat(LtiClaimNames.RESOURCE_LINK).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/resource_link");
        assertThat(LtiClaimNames.ROLES).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/roles");
        assertThat(LtiClaimNames.ROLE_SCOPE_MENTOR)
                .isEqualTo("https://purl.imsglobal.org/spec/lti/claim/role_scope_mentor");
        assertThat(LtiClaimNames.CONTEXT).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/context");
        assertThat(LtiClaimNames.TOOL_PLATFORM).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/tool_platform");
        assertThat(LtiClaimNames.LAUNCH_PRESENTATION)
                .isEqualTo("https://purl.imsglobal.org/spec/lti/claim/launch_presentation");
        assertThat(LtiClaimNames.CUSTOM).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/custom");
        assertThat(LtiClaimNames.LIS).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/lis");
        assertThat(LtiClaimNames.EXT).isEqualTo("https://purl.imsglobal.org/spec/lti/claim/ext");
        assertThat(LtiClaimNames.AGS_ENDPOINT).isEqualTo("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint");
        assertThat(LtiClaimNames.NRPS).isEqualTo("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice");
        assertThat(LtiClaimNames.DEEP_LINKING_SETTINGS)
                .isEqualTo("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings");
        assertThat(LtiClaimNames.DL_CONTENT_ITEMS)
                .isEqualTo("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertThat(LtiClaimNames.DL_DATA).isEqualTo("https://purl.imsglobal.org/spec/lti-dl/claim/data");
        assertThat(LtiClaimNames.DL_MSG).isEqualTo("https://purl.imsglobal.org/spec/lti-dl/claim/msg");
        assertThat(LtiClaimNames.DL_LOG).isEqualTo("https://purl.imsglobal.org/spec/lti-dl/claim/log");
        assertThat(LtiClaimNames.DL_ERROR_MSG).isEqualTo("https://purl.imsglobal.org/spec/lti-dl/claim/errormsg");
        assertThat(LtiClaimNames.DL_ERROR_LOG).isEqualTo("https://purl.imsglobal.org/spec/lti-dl/claim/errorlog");
    }

    @Test
    void constantsWhenListedByReflectionThenEveryOneIsCheckedAgainstTheSpec() throws IllegalAccessException {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Field field : Arrays.stream(LtiClaimNames.class.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers()))
                .toList()) {
            actual.put(field.getName(), (String) field.get(null));
        }

        assertThat(actual).containsExactlyInAnyOrderEntriesOf(SPEC);
    }
}
