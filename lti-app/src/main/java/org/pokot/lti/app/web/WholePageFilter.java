package org.pokot.lti.app.web;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;

/**
 * Lets the container send a page whole, with a {@code Content-Length}, in one write. Thymeleaf's view flushes the
 * writer when the page is done; that flush commits the response, which then goes out chunked: the page and the
 * closing chunk in two socket writes. Here a flush of the writer waits for the end of the request, when the
 * container writes what is buffered anyway (and until then a failed page can still be replaced by an error page).
 * A page larger than the response buffer still streams as before: the buffer overflowing commits the response,
 * not the flush.
 */
@Component
class WholePageFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            chain.doFilter(request, new WholePageResponse(http));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class WholePageResponse extends HttpServletResponseWrapper {

        private PrintWriter writer;

        WholePageResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        // the container flushes at the end of the request; flushBuffer() still commits at once
                    }
                };
            }
            return writer;
        }
    }
}
