package org.pokot.lti.app.registration;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.pokot.lti.core.registration.ClientId;
import org.pokot.lti.core.registration.DeploymentId;
import org.pokot.lti.core.registration.Issuer;
import org.pokot.lti.core.registration.PlatformFamily;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.UnknownDeploymentPolicy;

/**
 * The console's add and edit form for a registration, as posted: text as typed, so that a page with problems shows
 * it back unchanged. {@code deploymentIds} is the confirmed deployments, separated by commas, spaces or lines.
 */
public record RegistrationForm(String issuer, String clientId, String authorizationEndpoint, String tokenEndpoint,
                        String jwksUri, String deploymentIds, UnknownDeploymentPolicy unknownDeploymentPolicy,
                        PlatformFamily family, String tokenAudience) {

    public RegistrationForm {
        issuer = strip(issuer);
        clientId = strip(clientId);
        authorizationEndpoint = strip(authorizationEndpoint);
        tokenEndpoint = strip(tokenEndpoint);
        jwksUri = strip(jwksUri);
        deploymentIds = strip(deploymentIds);
        unknownDeploymentPolicy = unknownDeploymentPolicy == null ? UnknownDeploymentPolicy.REJECT
                : unknownDeploymentPolicy;
        family = family == null ? PlatformFamily.OTHER : family;
        tokenAudience = strip(tokenAudience);
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "", "", "", null, null, "");
    }

    static RegistrationForm of(PlatformRegistration r) {
        return new RegistrationForm(r.issuer().value(), r.clientId().value(), r.authorizationEndpoint().toString(),
                r.tokenEndpoint().toString(), r.jwksUri().toString(),
                r.deploymentIds().stream().map(DeploymentId::value).sorted().collect(Collectors.joining("\n")),
                r.unknownDeploymentPolicy(), r.family(), r.tokenAudience().orElse(""));
    }

    /** Each field's own problems; when there are none, {@link #toRegistration} will build. */
    FormProblems problems() {
        FormProblems problems = FormProblems.none();
        if (issuer.isEmpty()) {
            problems = problems.with("issuer", "admin.form.required", "");
        } else if (!isPlatformUrl(issuer)) {
            problems = problems.with("issuer", "admin.form.urlInsecure", "");
        }
        if (clientId.isEmpty()) {
            problems = problems.with("clientId", "admin.form.required", "");
        }
        problems = url(problems, "authorizationEndpoint", authorizationEndpoint);
        problems = url(problems, "tokenEndpoint", tokenEndpoint);
        problems = url(problems, "jwksUri", jwksUri);
        for (String id : deploymentIdList()) {
            if (id.length() > 255) {
                problems = problems.with("deploymentIds", "admin.form.deploymentTooLong", "");
                break;
            }
        }
        return problems;
    }

    /** The registration this form describes, under {@code id}; call only when {@link #problems()} is empty. */
    PlatformRegistration.Builder toRegistration(String id) {
        return PlatformRegistration.builder().id(id).issuer(issuer).clientId(clientId)
                .authorizationEndpoint(URI.create(authorizationEndpoint)).tokenEndpoint(URI.create(tokenEndpoint))
                .jwksUri(URI.create(jwksUri))
                .deploymentIds(deploymentIdList().stream().map(DeploymentId::new).collect(Collectors.toSet()))
                .unknownDeploymentPolicy(unknownDeploymentPolicy).family(family).tokenAudience(tokenAudience);
    }

    Issuer issuerId() {
        return new Issuer(issuer);
    }

    ClientId clientIdValue() {
        return new ClientId(clientId);
    }

    private Set<String> deploymentIdList() {
        return Arrays.stream(deploymentIds.split("[,\\s]+")).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static FormProblems url(FormProblems problems, String field, String value) {
        if (value.isEmpty()) {
            return problems.with(field, "admin.form.required", "");
        }
        return isPlatformUrl(value) ? problems : problems.with(field, "admin.form.urlInsecure", "");
    }

    /**
     * The one rule for platform URLs (https, or http to a loopback host) lives in core behind {@link Issuer}, which
     * applies it to its value; an issuer is itself such a URL, so checking a candidate as one is the same rule.
     */
    private static boolean isPlatformUrl(String value) {
        try {
            new Issuer(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
