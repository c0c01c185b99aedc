package org.pokot.lti.app.testing;

import org.springframework.context.MessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.pokot.lti.app.web.RequestFreeLinkBuilder;

/** The app's own templates ({@code templates/*.html}) without a Spring context, for fragments rendered outside a request. */
public final class AppTemplates {

    private AppTemplates() {
    }

    public static SpringTemplateEngine engine(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        engine.setLinkBuilder(new RequestFreeLinkBuilder());
        return engine;
    }
}
