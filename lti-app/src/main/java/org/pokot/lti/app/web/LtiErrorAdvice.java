package org.pokot.lti.app.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import org.pokot.lti.core.IdGenerator;
import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * The one place that turns an {@link LtiError} into an answer: an HTML page for browsers, a JSON body for API
 * clients. Both name the code, the reason, a correlation id that is also in the log, and the troubleshooting
 * section. Nothing secret is in {@link LtiException#detail()}, so it is shown as is.
 */
@ControllerAdvice
class LtiErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(LtiErrorAdvice.class);
    static final String TROUBLESHOOTING = "/docs/troubleshooting";

    private final IdGenerator ids;

    LtiErrorAdvice(IdGenerator ids) {
        this.ids = ids;
    }

    @ExceptionHandler(LtiException.class)
    Object handle(LtiException e, HttpServletRequest request, HttpServletResponse response) {
        LtiError error = e.error();
        String correlationId = ids.newId().substring(0, 12);
        String docs = TROUBLESHOOTING + "#" + error.code();
        log.warn("LTI error {} [{}] on {} {}: {}", error.code(), correlationId, request.getMethod(),
                originalUri(request), printable(e.detail()));
        response.setHeader("Cache-Control", "no-store");
        if (wantsJson(request)) {
            ErrorBody body = new ErrorBody(error.wireCode(), error.code(), error.description() + " " + e.detail(),
                    correlationId, docs, error.specUri());
            return ResponseEntity.status(error.httpStatus()).contentType(MediaType.APPLICATION_JSON).body(body);
        }
        // the admin reads a failed dynamic registration inside the LMS's registration frame, not a launch error
        ModelAndView page = new ModelAndView(request.getRequestURI().startsWith("/lti/register")
                ? "registration/error" : "error/lti");
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(error.httpStatus()));
        page.addObject("code", error.code());
        page.addObject("description", error.description());
        page.addObject("detail", e.detail());
        page.addObject("correlationId", correlationId);
        page.addObject("docs", docs);
        page.addObject("spec", error.specUri());
        page.addObject("status", error.httpStatus());
        return page;
    }

    /** Details may quote what a platform sent: no control characters reach the log, so no line can be forged. */
    static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 500 ? clean.substring(0, 500) + "…" : clean;
    }

    /**
     * The JSON form of an error: the OAuth 2.0 {@code error} and {@code error_description} fields, plus the tool's
     * own code, the correlation id in the log, and where to read more.
     */
    record ErrorBody(String error, String code, @JsonProperty("error_description") String errorDescription,
                     @JsonProperty("correlation_id") String correlationId, @JsonProperty("error_uri") String errorUri,
                     String spec) {
    }

    /** The URI the client asked for, also when a refusal was forwarded to an error path. */
    private static String originalUri(HttpServletRequest request) {
        Object forwardedFrom = request.getAttribute("jakarta.servlet.forward.request_uri");
        return forwardedFrom instanceof String original ? original : request.getRequestURI();
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String uri = originalUri(request);
        if (uri.startsWith("/api/") || uri.startsWith("/admin/api/")) {
            return true;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader("Accept") == null ? "" : request.getHeader("Accept"));
        return accepted.stream().anyMatch(m -> m.isCompatibleWith(MediaType.APPLICATION_JSON) && !m.isWildcardType())
                && accepted.stream().noneMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML) && !m.isWildcardType());
    }
}
