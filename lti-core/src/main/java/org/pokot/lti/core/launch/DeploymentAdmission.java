package org.pokot.lti.core.launch;

/** How the launch's deployment id was admitted. */
public enum DeploymentAdmission {
    /** Registered or confirmed by an admin. */
    REGISTERED,
    /** Not registered, accepted under the registration's accept-and-record policy, and now recorded. */
    RECORDED_UNCONFIRMED
}
