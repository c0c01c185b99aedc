package org.pokot.lti.core.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pokot.lti.core.http.TransportResponse;

/**
 * The {@code Link} header of a paged service answer, read leniently because Moodle writes it loosely: relation
 * values in curly quotes ({@code rel=“next”}, which reach a JDK client as UTF-8 bytes read as Latin-1), URLs with
 * HTML-escaped {@code &amp;}, and every link in one header. Several headers, several links per header, several
 * relations per link ({@code rel="next last"}) and relative URLs are understood too.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8288#section-3">RFC 8288 §3</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service">AGS 2.0 §3.2 (paging)</a>
 */
public record WebLinks(List<Link> links) {

    private static final Pattern REL = Pattern.compile("(?i)\\brel\\s*=\\s*([^;]*)");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z][A-Za-z0-9.\\-]*");

    public WebLinks {
        links = List.copyOf(links);
    }

    /** One link: where it points and its relation types, lower case. */
    public record Link(URI uri, Set<String> relations) {
        public Link {
            Objects.requireNonNull(uri, "uri");
            relations = Set.copyOf(relations);
        }
    }

    /** The links of every {@code Link} header of the answer, relative URLs resolved against {@code requestUri}. */
    public static WebLinks of(TransportResponse response, URI requestUri) {
        List<String> values = response.headers().getOrDefault("Link", List.of());
        return parse(values, requestUri);
    }

    public static WebLinks parse(List<String> headerValues, URI base) {
        List<Link> links = new ArrayList<>();
        for (String value : headerValues) {
            parseInto(value, base, links);
        }
        return new WebLinks(links);
    }

    public Optional<URI> next() {
        return relation("next");
    }

    public Optional<URI> relation(String relation) {
        String wanted = relation.toLowerCase(Locale.ROOT);
        return links.stream().filter(l -> l.relations().contains(wanted)).map(Link::uri).findFirst();
    }

    private static void parseInto(String value, URI base, List<Link> links) {
        // Moodle's own header value repeats the name: "Link: <…>; rel=“first”, …"
        String text = value.strip();
        if (text.regionMatches(true, 0, "Link:", 0, 5)) {
            text = text.substring(5);
        }
        int at = 0;
        while (true) {
            int open = text.indexOf('<', at);
            if (open < 0) {
                return;
            }
            int close = text.indexOf('>', open + 1);
            if (close < 0) {
                return;
            }
            int nextOpen = text.indexOf('<', close + 1);
            String params = text.substring(close + 1, nextOpen < 0 ? text.length() : nextOpen);
            String target = text.substring(open + 1, close).strip().replace("&amp;", "&");
            Set<String> relations = relations(params);
            Optional<URI> uri = resolve(base, target);
            if (uri.isPresent() && !relations.isEmpty()) {
                links.add(new Link(uri.get(), relations));
            }
            if (nextOpen < 0) {
                return;
            }
            at = nextOpen;
        }
    }

    private static Set<String> relations(String params) {
        Set<String> out = new LinkedHashSet<>();
        Matcher rel = REL.matcher(params);
        if (rel.find()) {
            // only the letters count, so any quotes (straight, curly, or curly read as Latin-1) and the comma
            // before the next link fall away
            Matcher token = TOKEN.matcher(rel.group(1));
            while (token.find()) {
                out.add(token.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static Optional<URI> resolve(URI base, String target) {
        try {
            URI uri = new URI(target);
            return Optional.of(base == null ? uri : base.resolve(uri));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
