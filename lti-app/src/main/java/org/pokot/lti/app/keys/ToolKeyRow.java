package org.pokot.lti.app.keys;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("lti_tool_key")
record ToolKeyRow(@Id String kid, String jwk, String status, Instant createdAt) {
}
