package org.pokot.lti.app.registration;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/** {@link RegistrationRepository} over spring-data-jdbc. Publishes {@link RegistrationsChanged} after each write. */
@Repository
@Transactional
class JdbcRegistrationRepository implements RegistrationRepository {

    private final RegistrationRowRepository rows;
    private final JdbcAggregateTemplate aggregates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcRegistrationRepository(RegistrationRowRepository rows, JdbcAggregateTemplate aggregates,
                               ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.aggregates = aggregates;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlatformRegistration> findById(RegistrationId id) {
        return rows.findById(id.value()).map(JdbcRegistrationRepository::toRegistration);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlatformRegistration> findByIssuerAndClientId(Issuer issuer, ClientId clientId) {
        return rows.findByIssuerAndClientId(issuer.value(), clientId.value()).map(JdbcRegistrationRepository::toRegistration);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlatformRegistration> findByIssuer(Issuer issuer) {
        return rows.findByIssuer(issuer.value()).stream().map(JdbcRegistrationRepository::toRegistration).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlatformRegistration> findAll() {
        return rows.findAll().stream().map(JdbcRegistrationRepository::toRegistration).toList();
    }

    @Override
    public void save(PlatformRegistration registration) {
        Instant now = clock.instant();
        Optional<RegistrationRow> existing = rows.findById(registration.id().value());
        RegistrationRow row = toRow(registration, existing.map(RegistrationRow::createdAt).orElse(now), now,
                existing.map(RegistrationRow::deployments).orElse(Set.of()));
        if (existing.isPresent()) {
            aggregates.update(row);
        } else {
            aggregates.insert(row);
        }
        events.publishEvent(new RegistrationsChanged(registration.id()));
    }

    @Override
    public void delete(RegistrationId id) {
        if (rows.existsById(id.value())) {
            rows.deleteById(id.value());
            events.publishEvent(new RegistrationsChanged(id));
        }
    }

    @Override
    public void addUnconfirmedDeployment(RegistrationId id, DeploymentId deploymentId) {
        findById(id).filter(r -> !r.isDeploymentKnown(deploymentId)).ifPresent(r -> {
            Set<DeploymentId> unconfirmed = new HashSet<>(r.unconfirmedDeploymentIds());
            unconfirmed.add(deploymentId);
            save(r.toBuilder().unconfirmedDeploymentIds(unconfirmed).build());
        });
    }

    private static RegistrationRow toRow(PlatformRegistration r, Instant createdAt, Instant now,
                                         Set<DeploymentRow> previous) {
        Set<DeploymentRow> deployments = new HashSet<>();
        r.deploymentIds().forEach(d -> deployments.add(deploymentRow(d, DeploymentRow.CONFIRMED, previous, now)));
        r.unconfirmedDeploymentIds().stream().filter(d -> !r.deploymentIds().contains(d))
                .forEach(d -> deployments.add(deploymentRow(d, DeploymentRow.UNCONFIRMED, previous, now)));
        return new RegistrationRow(r.id().value(), r.issuer().value(), r.clientId().value(),
                r.authorizationEndpoint().toString(), r.tokenEndpoint().toString(), r.jwksUri().toString(),
                r.unknownDeploymentPolicy().name(), r.family().name(), r.tokenAudience().orElse(null), r.enabled(),
                createdAt, now, deployments);
    }

    private static DeploymentRow deploymentRow(DeploymentId id, String status, Set<DeploymentRow> previous,
                                               Instant now) {
        Instant createdAt = previous.stream().filter(p -> p.deploymentId().equals(id.value()))
                .map(DeploymentRow::createdAt).findFirst().orElse(now);
        return new DeploymentRow(id.value(), status, createdAt);
    }

    private static PlatformRegistration toRegistration(RegistrationRow row) {
        return new PlatformRegistration(new RegistrationId(row.id()), new Issuer(row.issuer()),
                new ClientId(row.clientId()), URI.create(row.authorizationEndpoint()), URI.create(row.tokenEndpoint()),
                URI.create(row.jwksUri()), deployments(row, DeploymentRow.CONFIRMED),
                deployments(row, DeploymentRow.UNCONFIRMED),
                UnknownDeploymentPolicy.valueOf(row.unknownDeploymentPolicy()),
                PlatformFamily.valueOf(row.platformFamily()), Optional.ofNullable(row.tokenAudience()), row.enabled());
    }

    private static Set<DeploymentId> deployments(RegistrationRow row, String status) {
        return row.deployments().stream().filter(d -> d.status().equals(status))
                .map(d -> new DeploymentId(d.deploymentId())).collect(Collectors.toSet());
    }
}
