package org.pokot.lti.app.launch;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.pokot.lti.app.registration.RegistrationsChanged;
import org.pokot.lti.core.launch.ValidatedLaunch;
import org.pokot.lti.core.message.AgsEndpointClaim;
import org.pokot.lti.core.message.ContextClaim;
import org.pokot.lti.core.message.ResourceLinkLaunch;

/**
 * Keeps each resource link as its latest launch described it, with the AGS endpoints offered there (Moodle sends
 * {@code lineitem} only when the activity accepts grades). Written only after a launch passed every check.
 * <p>
 * Plain statements without a transaction: every launch writes here, and a known link is then one UPDATE instead of
 * an aggregate's SELECT and UPDATE (docs/performance.md). Each statement commits alone, so when two first launches
 * of one link race, the loser's INSERT fails on the unique key and its UPDATE then succeeds (inside a transaction
 * the failed INSERT would have marked it rollback-only and the launch would have answered 500).
 * <p>
 * A link launched again as this instance last wrote it is not rewritten for {@link #REWRITE_AFTER}: most launches
 * of a link describe it the same way, so {@code updated_at} is kept to the minute rather than to the launch. A
 * changed title, module or AGS endpoint is written at once. Two instances each write what they see differ from
 * their own last write, so a link changed back and forth across instances is right again within that minute. A
 * change to any registration (whose deletion takes its links' rows along) makes every link written again.
 */
@Component
public class ResourceLinks {

    private static final String UPDATE = "UPDATE lti_resource_link SET title = ?, ags_scopes = ?, ags_line_items = ?, "
            + "ags_line_item = ?, module_id = ?, updated_at = ? "
            + "WHERE registration_id = ? AND deployment_id = ? AND context_id = ? AND resource_link_id = ?";
    private static final String INSERT = "INSERT INTO lti_resource_link (title, ags_scopes, ags_line_items, "
            + "ags_line_item, module_id, updated_at, registration_id, deployment_id, context_id, resource_link_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final Duration REWRITE_AFTER = Duration.ofMinutes(1);
    /** Links remembered at most; past that the memory starts over (a write each, then remembered again). */
    static final int MAX_REMEMBERED = 10_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<List<Object>, Written> written = new ConcurrentHashMap<>();

    ResourceLinks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(ValidatedLaunch launch, ResourceLinkLaunch message) {
        Object[] values = values(launch, message);
        List<Object> key = Arrays.asList(values).subList(KEY_FROM, values.length);
        List<Object> described = Arrays.asList(values).subList(0, UPDATED_AT);
        Instant now = clock.instant();
        Written last = written.get(key);
        if (last != null && last.described().equals(described) && now.isBefore(last.at().plus(REWRITE_AFTER))) {
            return;
        }
        write(values);
        if (written.size() >= MAX_REMEMBERED) {
            written.clear();
        }
        written.put(key, new Written(described, now));
    }

    /** A registration written or deleted may have taken its links' rows with it: write each link again. */
    @EventListener
    void onRegistrationChange(RegistrationsChanged event) {
        written.clear();
    }

    private void write(Object[] values) {
        if (jdbc.update(UPDATE, values) == 1) {
            return;
        }
        try {
            jdbc.update(INSERT, values);
        } catch (DuplicateKeyException e) {
            jdbc.update(UPDATE, values); // a concurrent first launch of the same link inserted it: update that row
        }
    }

    /** Where {@link #values} has updated_at, and where the key starts. */
    private static final int UPDATED_AT = 5;
    private static final int KEY_FROM = 6;

    private record Written(List<Object> described, Instant at) {
    }

    /** The changing columns, then the key: the same order in both statements. */
    private Object[] values(ValidatedLaunch launch, ResourceLinkLaunch message) {
        var ags = message.claims().ags();
        return new Object[] {
                message.resourceLink().title().orElse(null),
                ags.map(a -> String.join(" ", a.scopes())).orElse(null),
                ags.flatMap(AgsEndpointClaim::lineItems).map(URI::toString).orElse(null),
                ags.flatMap(AgsEndpointClaim::lineItem).map(URI::toString).orElse(null),
                message.claims().custom().get(SessionClaims.MODULE).orElse(null),
                Timestamp.from(clock.instant()),
                launch.registration().id().value(),
                message.claims().deploymentId().value(),
                message.claims().context().map(ContextClaim::id).orElse(""),
                message.resourceLink().id()};
    }
}
