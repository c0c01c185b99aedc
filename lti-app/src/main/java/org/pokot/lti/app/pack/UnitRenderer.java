package org.pokot.lti.app.pack;

import java.util.List;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML, safely: raw HTML in content is escaped, link targets other than http(s), mailto, anchors and
 * {@code unit:} links are dropped, and {@code unit:<module>/<unit>} links become in-tool navigation.
 */
final class UnitRenderer {

    private static final List<Extension> TABLES = List.of(TablesExtension.create());
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = renderer(EXTENSIONS);
    private final HtmlRenderer previewRenderer = renderer(TABLES);

    String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /**
     * For a page that shows the openings of several units at once (the content selection): no heading ids, which
     * would repeat across units ("Tehtävä" in each) and make the page's ids collide.
     */
    String renderPreview(String markdown) {
        return previewRenderer.render(parser.parse(markdown));
    }

    private static HtmlRenderer renderer(List<Extension> extensions) {
        return HtmlRenderer.builder().extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                    if (node instanceof Link link) {
                        rewrite(link.getDestination(), attributes);
                    }
                })
                .build();
    }

    private static void rewrite(String destination, Map<String, String> attributes) {
        if (destination.startsWith("unit:")) {
            String target = destination.substring("unit:".length());
            String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            attributes.put("href", "#");
            attributes.put("data-unit", path);
            attributes.put("class", "unit-link");
        } else if (destination.startsWith("http://") || destination.startsWith("https://")) {
            attributes.put("rel", "noopener noreferrer");
            attributes.put("target", "_blank");
        } else if (!destination.startsWith("#") && !destination.startsWith("mailto:")) {
            attributes.remove("href");
        }
    }
}
