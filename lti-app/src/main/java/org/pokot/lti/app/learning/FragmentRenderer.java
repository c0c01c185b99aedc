package org.pokot.lti.app.learning;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.pokot.lti.app.web.RequestFreeLinkBuilder;

/**
 * Renders a learner template, or one fragment of it, outside any request: for the parts of the learner pages that
 * are rendered once and then reused. The render has the page's language ({@code lang}) and the context path its
 * {@code @{/…}} links are for ({@link RequestFreeLinkBuilder}).
 */
@Component
class FragmentRenderer {

    private final ITemplateEngine templates;

    FragmentRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * @param fragment the fragment's name, or null for the whole template
     * @param contextPath what its {@code @{/…}} links start with; null when it has none
     */
    String render(String template, String fragment, String language, String contextPath,
                  Consumer<Context> variables) {
        Context context = new Context(Locale.forLanguageTag(language));
        context.setVariable("lang", language);
        context.setVariable(RequestFreeLinkBuilder.CONTEXT_PATH, contextPath);
        variables.accept(context);
        return templates.process(template, fragment == null ? null : Set.of(fragment), context);
    }
}
