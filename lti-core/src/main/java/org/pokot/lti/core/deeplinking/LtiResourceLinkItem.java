package org.pokot.lti.core.deeplinking;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An LTI resource link the platform creates (in Moodle: an External tool activity). Moodle ignores
 * {@code lineItem.label}, so the name teachers see must be the {@code title}.
 *
 * @param documentTarget {@code iframe} or {@code window}, when the tool asks for one
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#lti-resource-link">Deep Linking 2.0 §3.2</a>
 */
public record LtiResourceLinkItem(String title, Optional<String> text, Optional<URI> url, Map<String, String> custom,
                                  Optional<LineItemSpec> lineItem, Optional<String> documentTarget,
                                  Optional<Image> icon, Optional<Image> thumbnail, Optional<TimeWindow> available,
                                  Optional<TimeWindow> submission) implements ContentItem {

    public static final String TYPE = "ltiResourceLink";

    public LtiResourceLinkItem {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an ltiResourceLink needs a title");
        }
        custom = Map.copyOf(custom);
        documentTarget.ifPresent(t -> {
            if (!t.equals("iframe") && !t.equals("window")) {
                throw new IllegalArgumentException("documentTarget must be iframe or window");
            }
        });
    }

    /** A link with a title only: the platform launches the tool's default target. */
    public static LtiResourceLinkItem titled(String title) {
        return new LtiResourceLinkItem(title, Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public LtiResourceLinkItem withText(String value) {
        return new LtiResourceLinkItem(title, Optional.of(value), url, custom, lineItem, documentTarget, icon,
                thumbnail, available, submission);
    }

    public LtiResourceLinkItem withUrl(URI value) {
        return new LtiResourceLinkItem(title, text, Optional.of(value), custom, lineItem, documentTarget, icon,
                thumbnail, available, submission);
    }

    public LtiResourceLinkItem withCustom(Map<String, String> value) {
        return new LtiResourceLinkItem(title, text, url, value, lineItem, documentTarget, icon, thumbnail, available,
                submission);
    }

    public LtiResourceLinkItem withLineItem(LineItemSpec value) {
        return new LtiResourceLinkItem(title, text, url, custom, Optional.of(value), documentTarget, icon, thumbnail,
                available, submission);
    }

    public LtiResourceLinkItem withDocumentTarget(String value) {
        return new LtiResourceLinkItem(title, text, url, custom, lineItem, Optional.of(value), icon, thumbnail,
                available, submission);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", TYPE);
        json.put("title", title);
        text.ifPresent(t -> json.put("text", t));
        url.ifPresent(u -> json.put("url", u.toString()));
        if (!custom.isEmpty()) {
            json.put("custom", new LinkedHashMap<>(custom));
        }
        lineItem.ifPresent(l -> json.put("lineItem", l.toJson()));
        documentTarget.ifPresent(t -> json.put(t, new LinkedHashMap<>()));
        icon.ifPresent(i -> json.put("icon", i.toJson()));
        thumbnail.ifPresent(i -> json.put("thumbnail", i.toJson()));
        available.ifPresent(w -> json.put("available", w.toJson()));
        submission.ifPresent(w -> json.put("submission", w.toJson()));
        return json;
    }

    /** The line item the platform creates with the link: its gradebook column. */
    public record LineItemSpec(double scoreMaximum, Optional<String> label, Optional<String> resourceId,
                               Optional<String> tag) {

        public LineItemSpec {
            if (!(scoreMaximum > 0)) {
                throw new IllegalArgumentException("lineItem.scoreMaximum must be above 0");
            }
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("scoreMaximum", scoreMaximum == Math.rint(scoreMaximum) ? (Object) (long) scoreMaximum : scoreMaximum);
            label.ifPresent(v -> json.put("label", v));
            resourceId.ifPresent(v -> json.put("resourceId", v));
            tag.ifPresent(v -> json.put("tag", v));
            return json;
        }
    }

    public record Image(URI url, Optional<Integer> width, Optional<Integer> height) {

        public Image {
            Objects.requireNonNull(url, "url");
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("url", url.toString());
            width.ifPresent(w -> json.put("width", w));
            height.ifPresent(h -> json.put("height", h));
            return json;
        }
    }

    public record TimeWindow(Optional<Instant> start, Optional<Instant> end) {

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            start.ifPresent(s -> json.put("startDateTime", s.toString()));
            end.ifPresent(e -> json.put("endDateTime", e.toString()));
            return json;
        }
    }
}
