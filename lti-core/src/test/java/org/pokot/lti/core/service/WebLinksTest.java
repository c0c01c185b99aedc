package org.pokot.lti.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.pokot.lti.core.http.TransportResponse;

class WebLinksTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1");

    /** As Moodle's gradebookservices writes it: the name repeated, curly quotes, {@code &amp;}, one header. */
    private static final String MOODLE = "Link: <http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1&amp;limit=1&amp;from=0>; rel=“first”, "
            + "<http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1&amp;limit=1&amp;from=0>; rel=“canonical”, "
            + "<http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1&amp;limit=1&amp;from=1>; rel=“next”, "
            + "<http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1&amp;limit=1&amp;from=1>; rel=“last”";

    @Test
    void parseWhenMoodleHeaderThenNextFoundWithAmpersandsUnescaped() {
        WebLinks links = WebLinks.parse(List.of(MOODLE), BASE);

        assertThat(links.next()).hasValue(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1&limit=1&from=1"));
        assertThat(links.relation("first")).hasValue(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1&limit=1&from=0"));
        assertThat(links.links()).hasSize(4);
    }

    @Test
    void parseWhenCurlyQuotesArriveAsLatin1ReadUtf8ThenNextStillFound() {
        String asTheJdkReadsIt = new String(MOODLE.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        WebLinks links = WebLinks.parse(List.of(asTheJdkReadsIt), BASE);

        assertThat(links.next()).hasValue(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=1&limit=1&from=1"));
    }

    @Test
    void parseWhenStandardQuotedRelationsInSeveralHeadersThenAllRead() {
        WebLinks links = WebLinks.parse(List.of("<https://lms.example/items?page=1>; rel=\"prev\"",
                "<https://lms.example/items?page=3>; rel=\"next\"; title=\"Page 3\""), BASE);

        assertThat(links.relation("prev")).hasValue(URI.create("https://lms.example/items?page=1"));
        assertThat(links.next()).hasValue(URI.create("https://lms.example/items?page=3"));
    }

    @Test
    void parseWhenOneLinkHasSeveralRelationsThenEachMatches() {
        WebLinks links = WebLinks.parse(List.of("<https://lms.example/items?page=2>; rel=\"next last\""), BASE);

        assertThat(links.next()).hasValue(URI.create("https://lms.example/items?page=2"));
        assertThat(links.relation("LAST")).hasValue(URI.create("https://lms.example/items?page=2"));
    }

    @Test
    void parseWhenUnquotedRelationAndRelativeUrlThenResolvedAgainstTheRequest() {
        WebLinks links = WebLinks.parse(List.of("</mod/lti/services.php/2/lineitems?from=5>; rel=next"), BASE);

        assertThat(links.next()).hasValue(URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?from=5"));
    }

    @Test
    void parseWhenNoNextOrGarbageThenEmpty() {
        assertThat(WebLinks.parse(List.of("<https://lms.example/a>; rel=\"first\""), BASE).next()).isEmpty();
        assertThat(WebLinks.parse(List.of("garbage", "<broken", "<https://lms.example/x>"), BASE).next()).isEmpty();
        assertThat(WebLinks.parse(List.of(), BASE).links()).isEmpty();
    }

    @Test
    void ofWhenResponseHasLinkHeadersThenReadCaseInsensitively() {
        TransportResponse response = new TransportResponse(200, "", Map.of("link",
                List.of("<https://lms.example/items?page=2>; rel=\"next\"")), new byte[0]);

        assertThat(WebLinks.of(response, BASE).next()).hasValue(URI.create("https://lms.example/items?page=2"));
    }
}
