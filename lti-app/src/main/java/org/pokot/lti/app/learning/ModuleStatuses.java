package org.pokot.lti.app.learning;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the module list shows of a learner's progress, in one plain statement: the list is the landing page of
 * every launch without a module, where loading whole progress aggregates (views and attempts) cost more than the
 * page needed (docs/performance.md).
 */
@Component
class ModuleStatuses {

    private static final String QUERY = "SELECT p.module_id, p.completed_at IS NOT NULL AS completed, "
            + "EXISTS (SELECT 1 FROM learning_unit_view v WHERE v.progress_id = p.id) AS started "
            + "FROM learning_progress p WHERE p.registration_id = ? AND p.deployment_id = ? AND p.context_id = ? "
            + "AND p.resource_link_id = ? AND p.user_id = ? AND p.pack_id = ?";

    private final JdbcTemplate jdbc;

    ModuleStatuses(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By module id; a module the learner never opened has no entry. */
    Map<String, ModuleStatus> of(LearnerKey key, String packId) {
        Map<String, ModuleStatus> byModule = new HashMap<>();
        jdbc.query(QUERY, row -> {
            byModule.put(row.getString("module_id"),
                    new ModuleStatus(row.getBoolean("completed"), row.getBoolean("started")));
        }, key.registrationId(), key.deploymentId(), key.contextId(), key.resourceLinkId(), key.userId(), packId);
        return byModule;
    }

    /** @param started a unit of the module was viewed */
    record ModuleStatus(boolean completed, boolean started) {
    }
}
