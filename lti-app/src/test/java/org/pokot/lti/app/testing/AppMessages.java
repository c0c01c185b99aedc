package org.pokot.lti.app.testing;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The app's own messages ({@code messages*.properties}) without a Spring context, as Boot configures them. */
public final class AppMessages {

    private AppMessages() {
    }

    public static ResourceBundleMessageSource bundled() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
