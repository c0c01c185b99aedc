package org.pokot.lti.core.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.launch.ValidatedLaunch;

/** The benchmark measures launches that pass, every time round its pool, and never a key fetch or a refusal. */
class IdTokenValidationBenchmarkTest {

    @Test
    void validateLaunchWhenRunTwiceRoundThePoolThenEveryLaunchIsAcceptedFromTheWarmCache() throws Exception {
        IdTokenValidationBenchmark benchmark = new IdTokenValidationBenchmark();
        benchmark.setUp();

        for (int i = 0; i < 2 * IdTokenValidationBenchmark.POOL; i++) {
            ValidatedLaunch launch = benchmark.validateLaunch();
            assertThat(launch.message().claims().user()).isPresent();
            assertThat(launch.loginState().nonce()).isNotBlank();
        }

        assertThat(benchmark.verifyRs256()).isTrue();
        assertThat(benchmark.parseAndVerifyRs256()).isTrue();
        benchmark.checkCacheStayedWarm();
    }
}
