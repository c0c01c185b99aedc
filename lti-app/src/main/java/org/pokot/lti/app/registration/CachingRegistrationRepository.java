package org.pokot.lti.app.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * The registration lookups of every login and launch, answered from memory for at most {@link #TIME_TO_LIVE}.
 * Aggregate mapping of a registration with its deployments, once in the login and once in the launch, was about a
 * tenth of a launch's request CPU (docs/performance.md). A write through this instance empties the cache at once; a write by another instance on
 * the same database is seen here within {@link #TIME_TO_LIVE}, the same bound as a deleted registration's launches
 * being refused. Only found registrations are kept, so unknown issuers cannot fill the memory. Lists of all
 * registrations (admin API, frame ancestors) are read from the database each time.
 */
@Primary
@Component
class CachingRegistrationRepository implements RegistrationRepository {

    /** How stale a registration may be when an admin changed it on another instance. */
    static final Duration TIME_TO_LIVE = Duration.ofSeconds(5);

    private final RegistrationRepository database;
    private final Clock clock;
    private final Map<Object, Entry<?>> entries = new ConcurrentHashMap<>();
    /** Bumped by every invalidation, so that a load that raced with a write is not kept. */
    private final AtomicLong generation = new AtomicLong();

    @Autowired
    CachingRegistrationRepository(JdbcRegistrationRepository database, Clock clock) {
        this((RegistrationRepository) database, clock);
    }

    /** Over any repository: for tests. */
    CachingRegistrationRepository(RegistrationRepository database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public Optional<PlatformRegistration> findById(RegistrationId id) {
        return cached(id, () -> database.findById(id), Optional::isPresent);
    }

    @Override
    public Optional<PlatformRegistration> findByIssuerAndClientId(Issuer issuer, ClientId clientId) {
        return cached(new IssuerAndClient(issuer, clientId), () -> database.findByIssuerAndClientId(issuer, clientId),
                Optional::isPresent);
    }

    @Override
    public List<PlatformRegistration> findByIssuer(Issuer issuer) {
        return cached(issuer, () -> database.findByIssuer(issuer), list -> !list.isEmpty());
    }

    @Override
    public List<PlatformRegistration> findAll() {
        return database.findAll();
    }

    @Override
    public void save(PlatformRegistration registration) {
        writeThrough(() -> database.save(registration));
    }

    @Override
    public void delete(RegistrationId id) {
        writeThrough(() -> database.delete(id));
    }

    @Override
    public void addUnconfirmedDeployment(RegistrationId id, DeploymentId deploymentId) {
        writeThrough(() -> database.addUnconfirmedDeployment(id, deploymentId));
    }

    /** After the writer's transaction has committed, so that no reader can load and keep the old row again. */
    @TransactionalEventListener(fallbackExecution = true)
    void onChange(RegistrationsChanged event) {
        invalidate();
    }

    private void writeThrough(Runnable write) {
        try {
            write.run();
        } finally {
            invalidate();
        }
    }

    private void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    private <T> T cached(Object key, Supplier<T> load, Predicate<T> keep) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        Entry<T> entry = (Entry<T>) entries.get(key);
        if (entry != null && now.isBefore(entry.expiresAt())) {
            return entry.value();
        }
        long before = generation.get();
        T value = load.get();
        if (keep.test(value)) {
            entries.put(key, new Entry<>(value, now.plus(TIME_TO_LIVE)));
            if (generation.get() != before) {
                entries.remove(key); // a write landed while loading: the value may predate it
            }
        } else if (entry != null) {
            entries.remove(key, entry);
        }
        return value;
    }

    private record IssuerAndClient(Issuer issuer, ClientId clientId) {
    }

    private record Entry<T>(T value, Instant expiresAt) {
    }
}
