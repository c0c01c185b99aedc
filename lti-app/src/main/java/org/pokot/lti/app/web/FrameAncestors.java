package org.pokot.lti.app.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.registration.RegistrationsChanged;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * The origins allowed to frame the tool: the registered platforms (the origins of their issuer and of their
 * authorization endpoint, which for Moodle are the site itself), and nothing else. Rebuilt when a registration
 * changes here, and at least every minute so that changes made by another instance arrive too; a request never
 * waits for the database.
 * <p>
 * One page may add one origin for itself ({@link #allowOnThisPage}): a dynamic registration page is framed by a
 * platform that is not registered yet.
 */
@Component
public class FrameAncestors {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);
    private static final String PAGE_ORIGIN = FrameAncestors.class.getName() + ".pageOrigin";

    private final RegistrationRepository registrations;
    private final Clock clock;
    private volatile Built built;

    FrameAncestors(RegistrationRepository registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    /**
     * Lets the page of this request be framed by {@code url}'s origin as well. Only http(s) origins are taken, and
     * the origin is rebuilt from the parsed URL, so no text of the caller's reaches the header.
     */
    public static void allowOnThisPage(HttpServletRequest request, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if ((scheme.equals("https") || scheme.equals("http")) && url.getHost() != null) {
            request.setAttribute(PAGE_ORIGIN, origin(url));
        }
    }

    /** The source list of the CSP {@code frame-ancestors} directive for this request's page. */
    String sources(HttpServletRequest request) {
        String sources = sources();
        return request.getAttribute(PAGE_ORIGIN) instanceof String page && !(" " + sources + " ").contains(" " + page + " ")
                ? sources + " " + page : sources;
    }

    /** The source list of the CSP {@code frame-ancestors} directive: the registered platforms. */
    String sources() {
        Built current = built;
        if (current == null || clock.instant().isAfter(current.at().plus(MAX_AGE))) {
            current = rebuild();
        }
        return current.sources();
    }

    private record Built(String sources, Instant at) {
    }

    @EventListener
    void onChange(RegistrationsChanged event) {
        rebuild();
    }

    private synchronized Built rebuild() {
        Set<String> origins = new TreeSet<>();
        for (PlatformRegistration registration : registrations.findAll()) {
            origins.add(registration.platformOrigin());
            origins.add(origin(registration.authorizationEndpoint()));
        }
        built = new Built("'self' " + String.join(" ", origins), clock.instant());
        return built;
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
