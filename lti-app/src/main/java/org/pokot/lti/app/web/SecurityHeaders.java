package org.pokot.lti.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;

import org.pokot.lti.app.config.LtiProperties;

/**
 * The Content-Security-Policy of every page. {@code frame-ancestors} lists the registered platforms, which
 * replaces {@code X-Frame-Options} (whose DENY default would break every iframe launch). Pages load scripts and
 * styles only from the tool itself, and content never brings its own.
 */
final class SecurityHeaders implements HeaderWriter {

    private final FrameAncestors frameAncestors;
    private final String frameSources;

    SecurityHeaders(FrameAncestors frameAncestors, LtiProperties properties) {
        this.frameAncestors = frameAncestors;
        this.frameSources = "'self' " + origin(properties.tool().baseUrl().toString())
                + (properties.sandbox().enabled() ? " " + origin(properties.sandbox().platformUrl().toString()) : "");
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-src " + frameSources
                + "; frame-ancestors " + frameAncestors.sources(request));
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    private static String origin(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
