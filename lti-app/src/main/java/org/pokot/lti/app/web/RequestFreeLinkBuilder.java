package org.pokot.lti.app.web;

import java.util.Map;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Thymeleaf's links, also in a template rendered outside any request (the learner pages' parts rendered once and
 * reused): there a context-relative {@code @{/…}} link takes its context path from the {@code contextPath}
 * variable, where Thymeleaf would refuse to build it. In a request, links are built as Thymeleaf builds them.
 */
public final class RequestFreeLinkBuilder extends StandardLinkBuilder {

    /** The variable a render outside a request sets to the context path its links are for. */
    public static final String CONTEXT_PATH = "contextPath";

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        if (!(context instanceof IWebContext) && context.getVariable(CONTEXT_PATH) instanceof String contextPath) {
            return contextPath;
        }
        return super.computeContextPath(context, base, parameters);
    }
}
