package org.pokot.lti.core.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AgsUrlsTest {

    private static final URI MOODLE_LINE_ITEM = URI.create(
            "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem?type_id=1");

    @Test
    void scoresWhenLineItemHasAQueryThenSuffixGoesBeforeIt() {
        assertThat(AgsUrls.scores(MOODLE_LINE_ITEM)).isEqualTo(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem/scores?type_id=1"));
    }

    @Test
    void resultsWhenLineItemHasAQueryThenSuffixGoesBeforeIt() {
        assertThat(AgsUrls.results(MOODLE_LINE_ITEM)).isEqualTo(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem/results?type_id=1"));
    }

    @Test
    void scoresWhenNoQueryTrailingSlashOrFragmentThenPlainSuffix() {
        assertThat(AgsUrls.scores(URI.create("https://lms.example/api/lti/courses/1/line_items/7/")))
                .isEqualTo(URI.create("https://lms.example/api/lti/courses/1/line_items/7/scores"));
        assertThat(AgsUrls.scores(URI.create("https://lms.example/li/7?a=b%20c#frag")))
                .isEqualTo(URI.create("https://lms.example/li/7/scores?a=b%20c"));
    }

    @Test
    void withQueryWhenQueryExistsThenAppendedWithAmpersandAndEncoded() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("user_id", "4");
        parameters.put("tag", "a&b c");

        assertThat(AgsUrls.withQuery(AgsUrls.results(MOODLE_LINE_ITEM), parameters)).isEqualTo(URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/2/lineitem/results?type_id=1&user_id=4&tag=a%26b+c"));
        assertThat(AgsUrls.withQuery(URI.create("https://lms.example/items"), Map.of("limit", "5")))
                .isEqualTo(URI.create("https://lms.example/items?limit=5"));
        assertThat(AgsUrls.withQuery(URI.create("https://lms.example/items?"), Map.of("limit", "5")))
                .isEqualTo(URI.create("https://lms.example/items?limit=5"));
    }

    @Test
    void sameOriginWhenSchemeHostAndPortMatchThenTrue() {
        assertThat(AgsUrls.sameOrigin(URI.create("https://LMS.example/a"), URI.create("https://lms.example:443/b")))
                .isTrue();
        assertThat(AgsUrls.sameOrigin(URI.create("https://lms.example/a"), URI.create("http://lms.example/a")))
                .isFalse();
        assertThat(AgsUrls.sameOrigin(URI.create("http://127.0.0.1:8081/a"), URI.create("http://127.0.0.1:8082/a")))
                .isFalse();
    }
}
