package org.pokot.lti.app.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.InMemoryRegistrationRepository;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationId;
import org.pokot.lti.core.registration.RegistrationRepository;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;
import org.pokot.lti.core.testing.MoodleCaptures;
import org.pokot.lti.core.testing.TestClock;

class CachingRegistrationRepositoryTest {

    final TestClock clock = TestClock.atStart();
    final CountingRepository database = new CountingRepository();
    final CachingRegistrationRepository cache = new CachingRegistrationRepository(database, clock);
    final PlatformRegistration moodle = MoodleCaptures.registration().build();

    @Test
    void findByIdWhenAskedTwiceWithinTimeToLiveThenDatabaseReadOnce() {
        database.save(moodle);

        assertThat(cache.findById(moodle.id())).contains(moodle);
        assertThat(cache.findById(moodle.id())).contains(moodle);
        assertThat(database.reads.get()).isEqualTo(1);
    }

    @Test
    void findWhenTimeToLivePassedThenChangeByAnotherInstanceSeen() {
        database.save(moodle);
        cache.findById(moodle.id());
        cache.findByIssuerAndClientId(moodle.issuer(), moodle.clientId());
        PlatformRegistration changed = moodle.toBuilder().deploymentIds(Set.of(new DeploymentId("d-9")))
                .build();
        database.save(changed); // another instance, on the shared database: no event here

        assertThat(cache.findById(moodle.id())).contains(moodle);
        clock.advance(CachingRegistrationRepository.TIME_TO_LIVE);

        assertThat(cache.findById(moodle.id())).contains(changed);
        assertThat(cache.findByIssuerAndClientId(moodle.issuer(), moodle.clientId())).contains(changed);
    }

    @Test
    void saveWhenThroughCacheThenNextReadSeesIt() {
        cache.save(moodle);
        cache.findByIssuer(moodle.issuer());
        PlatformRegistration changed = moodle.toBuilder().deploymentIds(Set.of(new DeploymentId("d-9")))
                .build();

        cache.save(changed);

        assertThat(cache.findByIssuer(moodle.issuer())).containsExactly(changed);
        assertThat(cache.findById(moodle.id())).contains(changed);
    }

    @Test
    void deleteWhenThroughCacheThenNoLongerFound() {
        cache.save(moodle);
        cache.findById(moodle.id());

        cache.delete(moodle.id());

        assertThat(cache.findById(moodle.id())).isEmpty();
        assertThat(cache.findByIssuerAndClientId(moodle.issuer(), moodle.clientId())).isEmpty();
    }

    @Test
    void onChangeWhenAnotherWriterPublishedThenNextReadGoesToDatabase() {
        database.save(moodle);
        cache.findById(moodle.id());

        cache.onChange(new RegistrationsChanged(moodle.id()));
        cache.findById(moodle.id());

        assertThat(database.reads.get()).isEqualTo(2);
    }

    @Test
    void findWhenUnknownThenNotKeptSoUnknownIssuersCannotFillTheCache() {
        Issuer unknown = new Issuer("https://unknown.example");

        assertThat(cache.findByIssuerAndClientId(unknown, new ClientId("c"))).isEmpty();
        assertThat(cache.findByIssuer(unknown)).isEmpty();
        assertThat(cache.findById(new RegistrationId("nope"))).isEmpty();
        database.save(moodle);

        assertThat(cache.findById(moodle.id())).contains(moodle);
    }

    @Test
    void addUnconfirmedDeploymentWhenThroughCacheThenNextReadSeesIt() {
        cache.save(moodle.toBuilder().unknownDeploymentPolicy(
                UnknownDeploymentPolicy.ACCEPT_AND_RECORD).build());
        cache.findById(moodle.id());

        cache.addUnconfirmedDeployment(moodle.id(), new DeploymentId("copy-7"));

        assertThat(cache.findById(moodle.id()).orElseThrow().unconfirmedDeploymentIds())
                .containsExactly(new DeploymentId("copy-7"));
    }

    /** The "database": counts the lookups by id that reach it. */
    static final class CountingRepository implements RegistrationRepository {

        final AtomicInteger reads = new AtomicInteger();
        private final InMemoryRegistrationRepository rows = new InMemoryRegistrationRepository();

        @Override
        public Optional<PlatformRegistration> findById(RegistrationId id) {
            reads.incrementAndGet();
            return rows.findById(id);
        }

        @Override
        public Optional<PlatformRegistration> findByIssuerAndClientId(Issuer issuer, ClientId clientId) {
            return rows.findByIssuerAndClientId(issuer, clientId);
        }

        @Override
        public List<PlatformRegistration> findByIssuer(Issuer issuer) {
            return rows.findByIssuer(issuer);
        }

        @Override
        public List<PlatformRegistration> findAll() {
            return rows.findAll();
        }

        @Override
        public void save(PlatformRegistration registration) {
            rows.save(registration);
        }

        @Override
        public void delete(RegistrationId id) {
            rows.delete(id);
        }

        @Override
        public void addUnconfirmedDeployment(RegistrationId id, DeploymentId deploymentId) {
            rows.addUnconfirmedDeployment(id, deploymentId);
        }
    }
}
