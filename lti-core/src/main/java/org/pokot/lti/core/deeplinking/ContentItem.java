package org.pokot.lti.core.deeplinking;

import java.util.Map;

/**
 * One item of a deep-linking response.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#content-item-types">Deep Linking 2.0 §3</a>
 */
public sealed interface ContentItem permits LtiResourceLinkItem, LinkItem {

    /** The {@code type} value, as {@code accept_types} lists it. */
    String type();

    Map<String, Object> toJson();
}
