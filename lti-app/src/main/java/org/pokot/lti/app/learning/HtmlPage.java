package org.pokot.lti.app.learning;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.View;

/**
 * A learner page made of parts rendered once and filled per request, written straight into the response. The
 * writer is the one {@code WholePageFilter} holds back from flushing, so the page goes out whole with its length,
 * as a Thymeleaf page does.
 */
record HtmlPage(HtmlPart body) implements View {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    @Override
    public String getContentType() {
        return CONTENT_TYPE;
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(CONTENT_TYPE);
        body.writeTo(response.getWriter());
    }

    @Override
    public String toString() {
        return "HtmlPage"; // not the body: a learner page carries the session token
    }
}
