package org.pokot.lti.app.learning;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Markup that writes itself: parts rendered once, filled in per request and written straight to the response,
 * so a page is never joined into one string first (with non-Latin-1 text that string and its UTF-8 copy were a
 * fifth of a launch's allocation).
 */
@FunctionalInterface
interface HtmlPart {

    void writeTo(Writer out) throws IOException;

    /** The markup as one string, for {@code th:utext} and tests. */
    default String html() {
        StringWriter out = new StringWriter(1024);
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }
}
