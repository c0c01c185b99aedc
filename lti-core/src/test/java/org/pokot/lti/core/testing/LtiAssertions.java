package org.pokot.lti.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/** Asserts on the {@link LtiError} a call fails with, never on message text. */
public final class LtiAssertions {

    private LtiAssertions() {
    }

    /** The error of the {@link LtiException} the call throws; fails the test if it throws anything else or nothing. */
    public static LtiError errorOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected an LtiException").isInstanceOf(LtiException.class);
        return ((LtiException) thrown).error();
    }

    public static void assertLtiError(ThrowingCallable call, LtiError expected) {
        assertThat(errorOf(call)).isEqualTo(expected);
    }
}
