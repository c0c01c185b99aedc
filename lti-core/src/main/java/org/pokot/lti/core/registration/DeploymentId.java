package org.pokot.lti.core.registration;

/**
 * One deployment of the tool within a platform registration.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#lti-deployment-id-claim">LTI 1.3 §5.3.3</a>
 */
public record DeploymentId(String value) {

    public DeploymentId {
        Issuer.requireText(value, "deployment_id");
        if (value.length() > 255) {
            throw new IllegalArgumentException("deployment_id must be at most 255 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
