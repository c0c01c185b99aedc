package org.pokot.lti.app.learning;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ProgressRowRepository extends ListCrudRepository<ProgressRow, Long> {

    Optional<ProgressRow> findByRegistrationIdAndDeploymentIdAndContextIdAndResourceLinkIdAndUserIdAndPackIdAndModuleId(
            String registrationId, String deploymentId, String contextId, String resourceLinkId, String userId,
            String packId, String moduleId);
}
