package org.pokot.lti.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlottedHtmlTest {

    private static final List<String> MARKERS = List.of("slot-a", "slot-b");

    @Test
    void fillWhenMarkersAtEdgesAdjacentAndRepeatedThenEachTakesItsValue() {
        SlottedHtml html = SlottedHtml.split("slot-a<p>slot-bslot-a</p><i title=\"slot-b\">slot-a", MARKERS);

        assertThat(html.filled("1", "2").html()).isEqualTo("1<p>21</p><i title=\"2\">1");
    }

    @Test
    void fillWhenValuesHoldMarkupThenTheyAreEscapedAndNeverSplitAgain() {
        SlottedHtml html = SlottedHtml.split("<b title=\"slot-b\">slot-a</b>", MARKERS);

        assertThat(html.filled("<i>&'slot-b'</i>", "\"q\"").html())
                .isEqualTo("<b title=\"&quot;q&quot;\">&lt;i&gt;&amp;&#39;slot-b&#39;&lt;/i&gt;</b>");
    }

    @Test
    void fillWhenNoMarkerOrNullValueThenTheTextAsRenderedAndNullIsEmpty() {
        assertThat(SlottedHtml.split("<p>none</p>", MARKERS).filled("x", "y").html()).isEqualTo("<p>none</p>");
        assertThat(SlottedHtml.split("<p>slot-a</p>", MARKERS).filled(null, "y").html()).isEqualTo("<p></p>");
    }

    @Test
    void joinedWhenPartsHoldMarkupThenInsertedAsTheyAreAndWrittenInOrder() {
        SlottedHtml page = SlottedHtml.split("<body>slot-a<ul>slot-b</ul>slot-a</body>", MARKERS);
        HtmlPart header = SlottedHtml.split("<h1>slot-a</h1>", MARKERS).filled("A & B", null);

        assertThat(page.joined(header, out -> out.write("<li>1</li><li>2</li>")).html())
                .isEqualTo("<body><h1>A &amp; B</h1><ul><li>1</li><li>2</li></ul><h1>A &amp; B</h1></body>");
    }
}
