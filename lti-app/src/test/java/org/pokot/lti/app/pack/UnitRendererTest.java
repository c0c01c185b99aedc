package org.pokot.lti.app.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Content is data: whatever a pack's Markdown holds, no markup or script of its own reaches the page. */
class UnitRendererTest {

    private final UnitRenderer renderer = new UnitRenderer();

    @Test
    void renderWhenRawHtmlThenEscaped() {
        String html = renderer.render("Text <script>alert(1)</script> and <img src=x onerror=alert(2)>\n\n<iframe src=x></iframe>");

        assertThat(html).doesNotContain("<script", "<img", "<iframe").contains("&lt;script&gt;");
    }

    @Test
    void renderWhenJavascriptLinkThenNoHref() {
        String html = renderer.render("[click](javascript:alert(1)) and [data](data:text/html,x)");

        assertThat(html).doesNotContain("javascript:", "data:text");
    }

    @Test
    void renderWhenUnitLinkThenInToolNavigation() {
        String html = renderer.render("See [the next unit](unit:labour-market-foresight/data-sources#jobs).");

        assertThat(html).contains("data-unit=\"labour-market-foresight/data-sources\"", "class=\"unit-link\"",
                "href=\"#\"");
    }

    @Test
    void renderWhenExternalLinkThenOpensApartWithoutReferrer() {
        String html = renderer.render("[Europass](https://europass.europa.eu/)");

        assertThat(html).contains("href=\"https://europass.europa.eu/\"", "rel=\"noopener noreferrer\"",
                "target=\"_blank\"");
    }

    @Test
    void renderWhenHeadingThenAnchorId() {
        assertThat(renderer.render("## Näytön suunnittelu")).contains("id=\"näytön-suunnittelu\"");
    }
}
