package org.pokot.lti.core.registration;

/** What a launch with a deployment id the registration does not list does. */
public enum UnknownDeploymentPolicy {
    /** Refuse the launch: the safe default. */
    REJECT,
    /**
     * Accept the launch and record the deployment as unconfirmed for an admin to review. Course copies in some
     * LMSs create new deployment ids that no admin registered.
     */
    ACCEPT_AND_RECORD
}
