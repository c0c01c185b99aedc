package org.pokot.lti.core.registration;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** For tests and embedded use. */
public final class InMemoryRegistrationRepository implements RegistrationRepository {

    private final Map<RegistrationId, PlatformRegistration> registrations = new ConcurrentHashMap<>();

    @Override
    public Optional<PlatformRegistration> findById(RegistrationId id) {
        return Optional.ofNullable(registrations.get(id));
    }

    @Override
    public Optional<PlatformRegistration> findByIssuerAndClientId(Issuer issuer, ClientId clientId) {
        return registrations.values().stream()
                .filter(r -> r.issuer().equals(issuer) && r.clientId().equals(clientId))
                .findFirst();
    }

    @Override
    public List<PlatformRegistration> findByIssuer(Issuer issuer) {
        return registrations.values().stream().filter(r -> r.issuer().equals(issuer)).toList();
    }

    @Override
    public List<PlatformRegistration> findAll() {
        return List.copyOf(registrations.values());
    }

    @Override
    public void save(PlatformRegistration registration) {
        registrations.put(registration.id(), registration);
    }

    @Override
    public void delete(RegistrationId id) {
        registrations.remove(id);
    }

    @Override
    public void addUnconfirmedDeployment(RegistrationId id, DeploymentId deploymentId) {
        registrations.computeIfPresent(id, (key, r) -> {
            Set<DeploymentId> unconfirmed = new HashSet<>(r.unconfirmedDeploymentIds());
            unconfirmed.add(deploymentId);
            return r.toBuilder().unconfirmedDeploymentIds(unconfirmed).build();
        });
    }
}
