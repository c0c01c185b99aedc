package org.pokot.lti.app.registration;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

@Table("lti_deployment")
record DeploymentRow(String deploymentId, String status, Instant createdAt) {

    static final String CONFIRMED = "CONFIRMED";
    static final String UNCONFIRMED = "UNCONFIRMED";
}
