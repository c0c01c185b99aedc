package org.pokot.lti.app.launch;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** @param agsScopes the AGS scopes the launch listed, space separated */
@Table("lti_resource_link")
public record ResourceLinkRow(@Id Long id, String registrationId, String deploymentId, String contextId,
                              String resourceLinkId, String title, String agsScopes, String agsLineItems,
                              String agsLineItem, Instant updatedAt) {
}
