package org.pokot.lti.app.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SlottedHtmlTest {

    private static final List<String> MARKERS = List.of("slot-a", "slot-b");

    @Test
    void fillWhenMarkersAtEdgesAdjacentAndRepeatedThenEachTakesItsValue() {
        SlottedHtml html = SlottedHtml.split("slot-a<p>slot-bslot-a</p><i title=\"slot-b\">slot-a", MARKERS);

        assertThat(html.fill("1", "2")).isEqualTo("1<p>21</p><i title=\"2\">1");
    }

    @Test
    void fillWhenValuesHoldMarkupThenTheyAreEscapedAndNeverSplitAgain() {
        SlottedHtml html = SlottedHtml.split("<b title=\"slot-b\">slot-a</b>", MARKERS);

        assertThat(html.fill("<i>&'slot-b'</i>", "\"q\""))
                .isEqualTo("<b title=\"&quot;q&quot;\">&lt;i&gt;&amp;&#39;slot-b&#39;&lt;/i&gt;</b>");
    }

    @Test
    void fillWhenNoMarkerOrNullValueThenTheTextAsRenderedAndNullIsEmpty() {
        assertThat(SlottedHtml.split("<p>none</p>", MARKERS).fill("x", "y")).isEqualTo("<p>none</p>");
        assertThat(SlottedHtml.split("<p>slot-a</p>", MARKERS).fill(null, "y")).isEqualTo("<p></p>");
    }
}
