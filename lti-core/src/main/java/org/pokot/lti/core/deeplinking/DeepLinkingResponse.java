package org.pokot.lti.core.deeplinking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.pokot.lti.core.error.LtiError;
import org.pokot.lti.core.error.LtiException;
import org.pokot.lti.core.message.DeepLinkingSettingsClaim;
import org.pokot.lti.core.registration.DeploymentId;

/**
 * What the tool sends back from a deep-linking selection. Built only through {@link #builder}, which refuses a
 * response the request's settings do not accept.
 *
 * @param data echoed unchanged from the request's settings
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-response-message">Deep Linking 2.0 §4.5</a>
 */
public record DeepLinkingResponse(DeploymentId deploymentId, Optional<String> data, List<ContentItem> contentItems,
                                  Optional<String> message, Optional<String> log, Optional<String> errorMessage,
                                  Optional<String> errorLog) {

    public DeepLinkingResponse {
        Objects.requireNonNull(deploymentId, "deploymentId");
        contentItems = List.copyOf(contentItems);
    }

    /** A response to the request with these settings, from this deployment. */
    public static Builder builder(DeepLinkingSettingsClaim settings, DeploymentId deploymentId) {
        return new Builder(settings, deploymentId);
    }

    public static final class Builder {
        private final DeepLinkingSettingsClaim settings;
        private final DeploymentId deploymentId;
        private final List<ContentItem> items = new ArrayList<>();
        private String message;
        private String log;
        private String errorMessage;
        private String errorLog;

        private Builder(DeepLinkingSettingsClaim settings, DeploymentId deploymentId) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.deploymentId = Objects.requireNonNull(deploymentId, "deploymentId");
        }

        public Builder item(ContentItem item) {
            items.add(Objects.requireNonNull(item, "item"));
            return this;
        }

        public Builder items(Consumer<List<ContentItem>> change) {
            change.accept(items);
            return this;
        }

        /** {@code msg}: shown to the teacher by the platform. */
        public Builder message(String value) {
            this.message = value;
            return this;
        }

        public Builder log(String value) {
            this.log = value;
            return this;
        }

        public Builder errorMessage(String value) {
            this.errorMessage = value;
            return this;
        }

        public Builder errorLog(String value) {
            this.errorLog = value;
            return this;
        }

        /** @throws LtiException {@link LtiError#DEEP_LINKING_ITEMS_NOT_ACCEPTED} naming what the settings refuse */
        public DeepLinkingResponse build() {
            if (items.size() > 1 && !settings.acceptMultiple()) {
                throw refused(items.size() + " items, but the platform accepts only one (accept_multiple is false)");
            }
            for (ContentItem item : items) {
                if (!settings.acceptTypes().contains(item.type())) {
                    throw refused("an item of type " + item.type() + ", but accept_types is " + settings.acceptTypes());
                }
                if (item instanceof LtiResourceLinkItem link && link.lineItem().isPresent()
                        && settings.acceptLineItem().map(accepts -> !accepts).orElse(false)) {
                    throw refused("a line item on \"" + link.title() + "\", but accept_lineitem is false");
                }
                if (item instanceof LtiResourceLinkItem link && link.documentTarget().isPresent()
                        && !settings.acceptPresentationDocumentTargets().isEmpty()
                        && !settings.acceptPresentationDocumentTargets().contains(link.documentTarget().get())) {
                    throw refused("document target " + link.documentTarget().get() + ", but the platform accepts "
                            + settings.acceptPresentationDocumentTargets());
                }
            }
            return new DeepLinkingResponse(deploymentId, settings.data(), items, Optional.ofNullable(message),
                    Optional.ofNullable(log), Optional.ofNullable(errorMessage), Optional.ofNullable(errorLog));
        }

        private static LtiException refused(String what) {
            return new LtiException(LtiError.DEEP_LINKING_ITEMS_NOT_ACCEPTED, "the response would hold " + what);
        }
    }
}
