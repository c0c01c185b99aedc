package org.pokot.lti.core.registration;

/** The tool's own identifier for a platform registration. */
public record RegistrationId(String value) {

    public RegistrationId {
        Issuer.requireText(value, "registration id");
    }

    @Override
    public String toString() {
        return value;
    }
}
