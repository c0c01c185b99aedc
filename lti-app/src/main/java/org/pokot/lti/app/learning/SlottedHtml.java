package org.pokot.lti.app.learning;

import java.util.ArrayList;
import java.util.List;

import org.unbescape.html.HtmlEscape;

/**
 * HTML rendered once with markers where values go, and filled in per request. A value is escaped as Thymeleaf
 * escapes {@code th:text} and attribute values in HTML, so a filled page is the page Thymeleaf would have written.
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
    String fill(String... values) {
        StringBuilder html = new StringBuilder(length(values));
        for (int i = 0; i < slots.length; i++) {
            html.append(parts[i]);
            String value = values[slots[i]];
            if (value != null) {
                html.append(HtmlEscape.escapeHtml4Xml(value));
            }
        }
        return html.append(parts[slots.length]).toString();
    }

    private int length(String[] values) {
        int length = 0;
        for (String part : parts) {
            length += part.length();
        }
        for (int slot : slots) {
            length += values[slot] == null ? 0 : values[slot].length() + 16;
        }
        return length;
    }
}
