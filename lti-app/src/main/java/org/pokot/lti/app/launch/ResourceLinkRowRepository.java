package org.pokot.lti.app.launch;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface ResourceLinkRowRepository extends ListCrudRepository<ResourceLinkRow, Long> {

    Optional<ResourceLinkRow> findByRegistrationIdAndDeploymentIdAndContextIdAndResourceLinkId(
            String registrationId, String deploymentId, String contextId, String resourceLinkId);
}
