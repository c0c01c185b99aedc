package org.pokot.lti.app.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;

/**
 * The page language: what the controller chose for this request (from the launch's locale or the learner's
 * switch), else the browser's preference between the two the tool speaks, else English.
 */
public final class PageLocaleResolver implements LocaleResolver {

    public static final String ATTRIBUTE = PageLocaleResolver.class.getName() + ".language";

    public static void use(HttpServletRequest request, String language) {
        request.setAttribute(ATTRIBUTE, language);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(ATTRIBUTE);
        if (chosen instanceof String language) {
            return Locale.forLanguageTag(language);
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("fi") ? Locale.forLanguageTag("fi")
                : Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(ATTRIBUTE, locale == null ? null : locale.getLanguage());
    }
}
