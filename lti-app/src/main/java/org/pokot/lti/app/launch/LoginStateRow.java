package org.pokot.lti.app.launch;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("lti_login_state")
record LoginStateRow(
        @Id String state,
        String nonce,
        String registrationId,
        String issuer,
        String loginHint,
        String targetLinkUri,
        String ltiMessageHint,
        String clientId,
        String deploymentId,
        String browserBindingHash,
        Instant issuedAt,
        Instant expiresAt,
        Instant usedAt) {
}
