package org.pokot.lti.core.ags;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a line item container.
 *
 * @param next the {@code rel="next"} link, on the same origin as the page (a link elsewhere is refused, so the
 *             bearer token never leaves the platform)
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service">AGS 2.0, line item service</a>
 */
public record LineItemPage(List<LineItem> items, Optional<URI> next) {

    public LineItemPage {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }
}
