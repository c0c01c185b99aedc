package org.pokot.lti.app.learning;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.unbescape.html.HtmlEscape;

/**
 * HTML rendered once with markers where values go, and filled in per request. A value is escaped as Thymeleaf
 * escapes {@code th:text} and attribute values in HTML (or, for markup, inserted as {@code th:utext} inserts it),
 * so a filled page is the page Thymeleaf would have written.
 */
final class SlottedHtml {

    private final String[] parts;
    private final int[] slots;

    private SlottedHtml(String[] parts, int[] slots) {
        this.parts = parts;
        this.slots = slots;
    }

    /**
     * Splits rendered HTML at its markers. A marker must be text that rendering leaves as it is (letters, digits,
     * hyphens) and that the template itself cannot contain.
     *
     * @param markers the marker of each slot, by slot number
     */
    static SlottedHtml split(String html, List<String> markers) {
        List<String> parts = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = -1;
            int slot = -1;
            for (int i = 0; i < markers.size(); i++) {
                int found = html.indexOf(markers.get(i), from);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    slot = i;
                }
            }
            if (at < 0) {
                break;
            }
            parts.add(html.substring(from, at));
            slots.add(slot);
            from = at + markers.get(slot).length();
        }
        parts.add(html.substring(from));
        return new SlottedHtml(parts.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The HTML with each slot's value, escaped; a null value is empty, as {@code th:text} renders it. */
    HtmlPart filled(String... values) {
        // escaped to a string, then written: the escaper writes a char at a time, and the response's writers
        // (Spring Security's among them) work per call
        return out -> write(out, (slot, to) -> {
            if (values[slot] != null) {
                to.write(HtmlEscape.escapeHtml4Xml(values[slot]));
            }
        });
    }

    /** The HTML with each slot's markup as it is, as {@code th:utext} inserts it: for parts already rendered. */
    HtmlPart joined(HtmlPart... markup) {
        return out -> write(out, (slot, to) -> markup[slot].writeTo(to));
    }

    private void write(Writer out, SlotWriter slotWriter) throws IOException {
        for (int i = 0; i < slots.length; i++) {
            out.write(parts[i]);
            slotWriter.write(slots[i], out);
        }
        out.write(parts[slots.length]);
    }

    @FunctionalInterface
    private interface SlotWriter {
        void write(int slot, Writer out) throws IOException;
    }
}
