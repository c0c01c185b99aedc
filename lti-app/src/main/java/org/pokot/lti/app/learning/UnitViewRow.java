package org.pokot.lti.app.learning;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

@Table("learning_unit_view")
public record UnitViewRow(String unitId, Instant viewedAt) {
}
