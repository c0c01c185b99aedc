package org.pokot.lti.app.launch;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("lti_session_secret")
record SessionSecretRow(@Id String id, String secret, Instant createdAt) {

    static final String CURRENT = "current";
}
