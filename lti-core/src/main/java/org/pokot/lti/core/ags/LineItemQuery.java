package org.pokot.lti.core.ags;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * Filters for listing line items. Its wire form is the query string, so its symmetric pair is
 * {@link #toQueryParameters()} / {@link #fromQueryParameters(Map)} rather than JSON.
 *
 * @param limit the most line items per page; the client still follows {@code rel="next"} to the end
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#container-request-filters">AGS 2.0, container request filters</a>
 */
public record LineItemQuery(Optional<String> resourceLinkId, Optional<String> resourceId, Optional<String> tag,
                            Optional<Integer> limit) {

    public LineItemQuery {
        Objects.requireNonNull(resourceLinkId, "resourceLinkId");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(limit, "limit");
        if (limit.isPresent() && limit.get() < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
    }

    /** Every line item of the context the tool may see. */
    public static LineItemQuery all() {
        return new LineItemQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public LineItemQuery withResourceLinkId(String id) {
        return new LineItemQuery(Optional.of(id), resourceId, tag, limit);
    }

    public LineItemQuery withResourceId(String id) {
        return new LineItemQuery(resourceLinkId, Optional.of(id), tag, limit);
    }

    public LineItemQuery withTag(String value) {
        return new LineItemQuery(resourceLinkId, resourceId, Optional.of(value), limit);
    }

    public LineItemQuery withLimit(int value) {
        return new LineItemQuery(resourceLinkId, resourceId, tag, Optional.of(value));
    }

    /** {@code resource_link_id}, {@code resource_id}, {@code tag}, {@code limit}, in that order, when set. */
    public Map<String, String> toQueryParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        resourceLinkId.ifPresent(v -> parameters.put("resource_link_id", v));
        resourceId.ifPresent(v -> parameters.put("resource_id", v));
        tag.ifPresent(v -> parameters.put("tag", v));
        limit.ifPresent(v -> parameters.put("limit", String.valueOf(v)));
        return parameters;
    }

    /** @throws LtiException {@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} for a limit that is not a number */
    public static LineItemQuery fromQueryParameters(Map<String, String> parameters) {
        Optional<Integer> limit;
        try {
            limit = Optional.ofNullable(parameters.get("limit")).map(String::strip).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "limit must be a whole number");
        }
        return new LineItemQuery(Optional.ofNullable(parameters.get("resource_link_id")),
                Optional.ofNullable(parameters.get("resource_id")), Optional.ofNullable(parameters.get("tag")), limit);
    }

    /** The line items URL with these filters added to the query it already has ({@code ?type_id=1&tag=…}). */
    public URI applyTo(URI lineItemsUrl) {
        return AgsUrls.withQuery(lineItemsUrl, toQueryParameters());
    }
}
