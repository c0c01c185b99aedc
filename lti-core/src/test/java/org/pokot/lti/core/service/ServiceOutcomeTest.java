package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pokot.lti.core.testing.LtiAssertions.assertLtiError;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.error.LtiError;

class ServiceOutcomeTest {

    private static final ServiceProblem CONFLICT = new ServiceProblem(LtiError.PLATFORM_SERVICE_CONFLICT,
            "posting a score", OptionalInt.of(409), "Refusing score with an earlier timestamp", "superseded");

    @Test
    void mapWhenSuccessThenMapsTheValue() {
        ServiceOutcome<Integer> outcome = new ServiceOutcome.Success<>(2);

        assertThat(outcome.map(v -> v * 21)).isEqualTo(new ServiceOutcome.Success<>(42));
        assertThat(outcome.toOptional()).hasValue(2);
        assertThat(outcome.orElseThrow()).isEqualTo(2);
    }

    @Test
    void mapWhenFailureThenSameFailureForTheOtherType() {
        ServiceOutcome<Integer> outcome = new ServiceOutcome.Retryable<>(CONFLICT, Optional.of(Instant.EPOCH));

        ServiceOutcome<String> mapped = outcome.map(String::valueOf);

        assertThat(mapped).isEqualTo(new ServiceOutcome.Retryable<String>(CONFLICT, Optional.of(Instant.EPOCH)));
        assertThat(mapped.toOptional()).isEmpty();
        assertThat(mapped.isSuccess()).isFalse();
    }

    @Test
    void retypeWhenEachFailureThenKeepsItsKind() {
        assertThat(new ServiceOutcome.Refused<Integer>(CONFLICT).<String>retype())
                .isInstanceOf(ServiceOutcome.Refused.class);
        assertThat(new ServiceOutcome.Conflict<Integer>(CONFLICT).<String>retype())
                .isInstanceOf(ServiceOutcome.Conflict.class);
        assertThat(new ServiceOutcome.Unauthorized<Integer>(CONFLICT).<String>retype())
                .isInstanceOf(ServiceOutcome.Unauthorized.class);
        assertThat(new ServiceOutcome.ScopeNotGranted<Integer>(CONFLICT, Set.of("a"), Set.of("b")).<String>retype())
                .isEqualTo(new ServiceOutcome.ScopeNotGranted<String>(CONFLICT, Set.of("a"), Set.of("b")));
    }

    @Test
    void orElseThrowWhenFailureThenTheProblemsError() {
        ServiceOutcome<Integer> outcome = new ServiceOutcome.Conflict<>(CONFLICT);

        assertLtiError(outcome::orElseThrow, LtiError.PLATFORM_SERVICE_CONFLICT);
    }
}
