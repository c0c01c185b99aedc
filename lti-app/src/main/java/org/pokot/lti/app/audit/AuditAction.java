package org.pokot.lti.app.audit;

/** What an admin, or a platform through dynamic registration, did to the tool's configuration. */
public enum AuditAction {
    REGISTRATION_CREATED,
    REGISTRATION_UPDATED,
    REGISTRATION_DISABLED,
    REGISTRATION_ENABLED,
    REGISTRATION_DELETED,
    DEPLOYMENT_CONFIRMED,
    DYNAMIC_REGISTRATION_COMPLETED,
    DYNAMIC_REGISTRATION_FAILED,
    KEY_ROTATED,
    KEY_RETIRED,
    ADMIN_LOGIN_SUCCEEDED,
    ADMIN_LOGIN_FAILED,
    ADMIN_ACCOUNT_CREATED
}
