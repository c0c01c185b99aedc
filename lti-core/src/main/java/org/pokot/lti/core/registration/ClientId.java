package org.pokot.lti.core.registration;

/** The OAuth 2.0 client id the platform assigned to this tool. */
public record ClientId(String value) {

    public ClientId {
        Issuer.requireText(value, "client_id");
    }

    @Override
    public String toString() {
        return value;
    }
}
