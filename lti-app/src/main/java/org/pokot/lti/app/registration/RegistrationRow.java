package org.pokot.lti.app.registration;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The registration aggregate as stored: one row plus its deployments. */
@Table("lti_registration")
record RegistrationRow(
        @Id String id,
        String issuer,
        String clientId,
        String authorizationEndpoint,
        String tokenEndpoint,
        String jwksUri,
        String unknownDeploymentPolicy,
        String platformFamily,
        String tokenAudience,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        @MappedCollection(idColumn = "registration_id") Set<DeploymentRow> deployments) {
}
