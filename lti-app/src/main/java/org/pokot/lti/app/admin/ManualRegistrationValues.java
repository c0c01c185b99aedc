package org.pokot.lti.app.admin;

import java.net.URI;

import org.pokot.lti.core.oidc.ToolUrls;

/**
 * What an LMS admin pastes into the LMS to register the tool by hand. The launch URL is also the redirect URI,
 * the deep-linking URL and the target link URI: the tool serves every message type there, and Moodle keeps only
 * one of them after a dynamic registration anyway.
 *
 * @param domain host[:port] of the tool, for the LMSs that ask for one (Canvas, Brightspace)
 */
public record ManualRegistrationValues(String toolName, URI toolUrl, URI loginUrl, URI redirectUri, URI jwksUrl,
                                       URI deepLinkingUrl, URI dynamicRegistrationUrl, String domain) {

    static ManualRegistrationValues of(ToolUrls urls, String toolName) {
        URI base = urls.baseUri();
        return new ManualRegistrationValues(toolName, urls.launchUri(), urls.loginUri(), urls.launchUri(),
                base.resolve(".well-known/jwks.json"), urls.launchUri(), base.resolve("lti/register"),
                base.getHost() + (base.getPort() == -1 ? "" : ":" + base.getPort()));
    }
}
