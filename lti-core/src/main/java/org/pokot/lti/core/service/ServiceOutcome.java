package org.pokot.lti.core.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * How a platform service call ended, as a type the caller can act on without reading text:
 * <ul>
 *   <li>{@link Success}: done;</li>
 *   <li>{@link Refused}: 400, 403, 404, 405, 415, 422 … or a token endpoint refusal: sending the same again will not
 *       help, an admin has to look;</li>
 *   <li>{@link Conflict}: 409. For a score, Moodle means "a score with the same or a later timestamp is recorded":
 *       this one is superseded and can be dropped;</li>
 *   <li>{@link Retryable}: 408, 425, 429, 5xx, a timeout or a refused connection: try again, not before
 *       {@link Retryable#retryAt()} when the platform said so;</li>
 *   <li>{@link Unauthorized}: 401 even after one retry with a fresh token;</li>
 *   <li>{@link ScopeNotGranted}: the platform did not grant a scope the call needs, so it was not sent.</li>
 * </ul>
 * Java 17 has no pattern switch: test with {@code instanceof ServiceOutcome.Retryable<T> r}.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#securing_web_services">Security Framework §4</a>
 */
public sealed interface ServiceOutcome<T> permits ServiceOutcome.Success, ServiceOutcome.Failure {

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** The value when successful. */
    default Optional<T> toOptional() {
        return this instanceof Success<T> success ? Optional.of(success.value()) : Optional.empty();
    }

    /** The value, or the failure as an {@link LtiException} for callers that only need to stop. */
    default T orElseThrow() {
        if (this instanceof Success<T> success) {
            return success.value();
        }
        throw ((Failure<T>) this).problem().toException();
    }

    default <U> ServiceOutcome<U> map(Function<? super T, ? extends U> mapper) {
        if (this instanceof Success<T> success) {
            return new Success<>(mapper.apply(success.value()));
        }
        return ((Failure<T>) this).retype();
    }

    record Success<T>(T value) implements ServiceOutcome<T> {
        public Success {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Every way of not succeeding; {@link #problem()} says why in words. */
    sealed interface Failure<T> extends ServiceOutcome<T>
            permits Refused, Conflict, Retryable, Unauthorized, ScopeNotGranted {

        ServiceProblem problem();

        default LtiError error() {
            return problem().error();
        }

        /** The same failure for a call that would have produced another type (a page of a list, …). */
        <U> Failure<U> retype();
    }

    record Refused<T>(ServiceProblem problem) implements Failure<T> {
        public Refused {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public <U> Failure<U> retype() {
            return new Refused<>(problem);
        }
    }

    record Conflict<T>(ServiceProblem problem) implements Failure<T> {
        public Conflict {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public <U> Failure<U> retype() {
            return new Conflict<>(problem);
        }
    }

    /** @param retryAt not before this, when the platform sent {@code Retry-After} */
    record Retryable<T>(ServiceProblem problem, Optional<Instant> retryAt) implements Failure<T> {
        public Retryable {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(retryAt, "retryAt");
        }

        @Override
        public <U> Failure<U> retype() {
            return new Retryable<>(problem, retryAt);
        }
    }

    record Unauthorized<T>(ServiceProblem problem) implements Failure<T> {
        public Unauthorized {
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public <U> Failure<U> retype() {
            return new Unauthorized<>(problem);
        }
    }

    /**
     * @param neededAnyOf the call needs one of these scopes
     * @param granted     what the platform granted (empty when it refused every requested scope)
     */
    record ScopeNotGranted<T>(ServiceProblem problem, Set<String> neededAnyOf, Set<String> granted)
            implements Failure<T> {
        public ScopeNotGranted {
            Objects.requireNonNull(problem, "problem");
            neededAnyOf = Set.copyOf(neededAnyOf);
            granted = Set.copyOf(granted);
        }

        @Override
        public <U> Failure<U> retype() {
            return new ScopeNotGranted<>(problem, neededAnyOf, granted);
        }
    }
}
