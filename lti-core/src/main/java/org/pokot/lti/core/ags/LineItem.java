package org.pokot.lti.core.ags;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;

/**
 * A gradebook column. {@link #id()} is its URL, empty only before the platform created it. Moodle's ids carry a
 * query ({@code …/lineitems/2/lineitem?type_id=1}); keep them exactly as given.
 *
 * @param resourceLinkId the resource link the column belongs to; read from Moodle's older {@code ltiLinkId} too
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#line-item-service">AGS 2.0, line item service</a>
 */
public record LineItem(Optional<URI> id, String label, double scoreMaximum, Optional<String> resourceId,
                       Optional<String> resourceLinkId, Optional<String> tag, Optional<Instant> startDateTime,
                       Optional<Instant> endDateTime, Optional<Boolean> gradesReleased) {

    public LineItem {
        Objects.requireNonNull(id, "id");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a line item needs a label");
        }
        if (!(scoreMaximum > 0) || Double.isInfinite(scoreMaximum)) {
            throw new IllegalArgumentException("a line item's scoreMaximum must be a number above 0");
        }
        resourceId = nonBlank(resourceId, "resourceId");
        resourceLinkId = nonBlank(resourceLinkId, "resourceLinkId");
        tag = nonBlank(tag, "tag");
        startDateTime = Objects.requireNonNull(startDateTime, "startDateTime").map(t -> t.truncatedTo(ChronoUnit.MILLIS));
        endDateTime = Objects.requireNonNull(endDateTime, "endDateTime").map(t -> t.truncatedTo(ChronoUnit.MILLIS));
        Objects.requireNonNull(gradesReleased, "gradesReleased");
    }

    /** A new column, to be created with {@link AgsClient#createLineItem}. */
    public static LineItem of(String label, double scoreMaximum) {
        return new LineItem(Optional.empty(), label, scoreMaximum, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public LineItem withId(URI newId) {
        return new LineItem(Optional.of(newId), label, scoreMaximum, resourceId, resourceLinkId, tag, startDateTime,
                endDateTime, gradesReleased);
    }

    public LineItem withLabel(String newLabel) {
        return new LineItem(id, newLabel, scoreMaximum, resourceId, resourceLinkId, tag, startDateTime, endDateTime,
                gradesReleased);
    }

    public LineItem withScoreMaximum(double newMaximum) {
        return new LineItem(id, label, newMaximum, resourceId, resourceLinkId, tag, startDateTime, endDateTime,
                gradesReleased);
    }

    public LineItem withResourceId(String newResourceId) {
        return new LineItem(id, label, scoreMaximum, Optional.of(newResourceId), resourceLinkId, tag, startDateTime,
                endDateTime, gradesReleased);
    }

    public LineItem withResourceLinkId(String newResourceLinkId) {
        return new LineItem(id, label, scoreMaximum, resourceId, Optional.of(newResourceLinkId), tag, startDateTime,
                endDateTime, gradesReleased);
    }

    public LineItem withTag(String newTag) {
        return new LineItem(id, label, scoreMaximum, resourceId, resourceLinkId, Optional.of(newTag), startDateTime,
                endDateTime, gradesReleased);
    }

    /**
     * @throws LtiException {@link LtiError#PLATFORM_SERVICE_RESPONSE_INVALID} when a field is missing or malformed
     */
    public static LineItem fromJson(Map<String, Object> json) {
        AgsJson read = new AgsJson(json, "lineitem");
        Optional<String> resourceLinkId = read.text("resourceLinkId").or(() -> read.text("ltiLinkId"));
        try {
            return new LineItem(read.uri("id"), read.requiredText("label"),
                    read.number("scoreMaximum").orElseThrow(() -> read.invalid("scoreMaximum", "present")),
                    read.text("resourceId"), resourceLinkId, read.text("tag"), read.instant("startDateTime"),
                    read.instant("endDateTime"), read.bool("gradesReleased"));
        } catch (IllegalArgumentException e) {
            throw new LtiException(LtiError.PLATFORM_SERVICE_RESPONSE_INVALID, "the lineitem is invalid: "
                    + e.getMessage(), e);
        }
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        id.ifPresent(u -> json.put("id", u.toString()));
        json.put("label", label);
        json.put("scoreMaximum", AgsJson.jsonNumber(scoreMaximum));
        resourceId.ifPresent(v -> json.put("resourceId", v));
        resourceLinkId.ifPresent(v -> json.put("resourceLinkId", v));
        tag.ifPresent(v -> json.put("tag", v));
        startDateTime.ifPresent(v -> json.put("startDateTime", AgsJson.format(v)));
        endDateTime.ifPresent(v -> json.put("endDateTime", AgsJson.format(v)));
        gradesReleased.ifPresent(v -> json.put("gradesReleased", v));
        return json;
    }

    private static Optional<String> nonBlank(Optional<String> value, String name) {
        Objects.requireNonNull(value, name);
        return value.filter(v -> !v.isBlank());
    }
}
