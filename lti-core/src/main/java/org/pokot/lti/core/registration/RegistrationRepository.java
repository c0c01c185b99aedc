package org.pokot.lti.core.registration;

import java.util.List;
import java.util.Optional;

/** Storage port for platform registrations. */
public interface RegistrationRepository {

    Optional<PlatformRegistration> findById(RegistrationId id);

    Optional<PlatformRegistration> findByIssuerAndClientId(Issuer issuer, ClientId clientId);

    List<PlatformRegistration> findByIssuer(Issuer issuer);

    List<PlatformRegistration> findAll();

    /** Inserts or replaces the registration with the same id. */
    void save(PlatformRegistration registration);

    /** Removes the registration with its deployments and pending logins; no-op when absent. */
    void delete(RegistrationId id);

    /** Records a deployment accepted under {@link UnknownDeploymentPolicy#ACCEPT_AND_RECORD}; idempotent. */
    void addUnconfirmedDeployment(RegistrationId id, DeploymentId deploymentId);
}
