package org.pokot.lti.core.launch;

/** How the launch's deployment id was admitted. */
public enum DeploymentAdmission {
    /** Registered or confirmed by an admin. */
    REGISTERED,
    /**
     * Not confirmed by an admin, accepted under the registration's accept-and-record policy and recorded (on its
     * first launch) for an admin to review.
     */
    RECORDED_UNCONFIRMED
}
