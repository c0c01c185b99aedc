package org.pokot.lti.app.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.registration.RegistrationsChanged;
import org.pokot.lti.core.registration.PlatformRegistration;
import org.pokot.lti.core.registration.RegistrationRepository;

/**
 * The origins allowed to frame the tool: the registered platforms, and nothing else. Rebuilt when a registration
 * changes, so a request never reads the database for it.
 */
@Component
class FrameAncestors {

    private final RegistrationRepository registrations;
    private volatile String sources;

    FrameAncestors(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** The source list of the CSP {@code frame-ancestors} directive. */
    String sources() {
        String current = sources;
        if (current == null) {
            current = rebuild();
        }
        return current;
    }

    @EventListener
    void onChange(RegistrationsChanged event) {
        rebuild();
    }

    private synchronized String rebuild() {
        Set<String> origins = new LinkedHashSet<>();
        origins.add("'self'");
        registrations.findAll().stream().map(PlatformRegistration::platformOrigin).sorted().forEach(origins::add);
        sources = String.join(" ", origins);
        return sources;
    }
}
