package org.pokot.lti.core.message;

/** A validated platform-to-tool message. */
public sealed interface LtiMessage permits ResourceLinkLaunch, DeepLinkingRequest {

    LaunchClaims claims();

    LtiMessageType type();
}
