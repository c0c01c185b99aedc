package org.pokot.lti.app.launch;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * @param agsScopes the AGS scopes the launch listed, space separated
 * @param moduleId  the module the link's custom parameters name, or null when it opens the module list
 */
@Table("lti_resource_link")
public record ResourceLinkRow(@Id Long id, String registrationId, String deploymentId, String contextId,
                              String resourceLinkId, String title, String agsScopes, String agsLineItems,
                              String agsLineItem, String moduleId, Instant updatedAt) {
}
