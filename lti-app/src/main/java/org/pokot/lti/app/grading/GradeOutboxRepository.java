package org.pokot.lti.app.grading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface GradeOutboxRepository extends ListCrudRepository<GradeOutboxRow, Long> {

    /**
     * Due rows that are the oldest pending one of their learner and placement: scores leave in timestamp order, so
     * an older one never arrives after a newer one.
     */
    @Query("SELECT o.* FROM grade_outbox o WHERE o.status = 'PENDING' AND o.next_attempt_at <= :now "
            + "AND (o.locked_until IS NULL OR o.locked_until < :now) AND NOT EXISTS (SELECT 1 FROM grade_outbox e "
            + "WHERE e.status = 'PENDING' AND e.registration_id = o.registration_id AND e.context_id = o.context_id "
            + "AND e.resource_link_id = o.resource_link_id AND e.user_id = o.user_id AND e.id <> o.id "
            + "AND (e.score_timestamp < o.score_timestamp OR (e.score_timestamp = o.score_timestamp AND e.id < o.id))) "
            + "ORDER BY o.next_attempt_at, o.id LIMIT :limit")
    List<GradeOutboxRow> findDue(@Param("now") Instant now, @Param("limit") int limit);

    /** A lease: of several instances of the tool, one claims the row until it is done or the lease runs out. */
    @Modifying
    @Query("UPDATE grade_outbox SET locked_until = :until WHERE id = :id AND status = 'PENDING' "
            + "AND (locked_until IS NULL OR locked_until < :now)")
    int claim(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);

    @Query("SELECT MAX(score_timestamp) FROM grade_outbox WHERE registration_id = :reg AND context_id = :ctx "
            + "AND resource_link_id = :link AND user_id = :user")
    Optional<Instant> latestScoreTimestamp(@Param("reg") String registrationId, @Param("ctx") String contextId,
                                           @Param("link") String resourceLinkId, @Param("user") String userId);

    @Query("SELECT COUNT(*) FROM grade_outbox WHERE registration_id = :reg AND context_id = :ctx "
            + "AND resource_link_id = :link AND user_id = :user AND status = 'DELIVERED' AND score_given IS NOT NULL")
    int countDeliveredGrades(@Param("reg") String registrationId, @Param("ctx") String contextId,
                             @Param("link") String resourceLinkId, @Param("user") String userId);

    @Query("SELECT COUNT(*) FROM grade_outbox WHERE status = :status")
    long countByStatus(@Param("status") String status);

    @Query("SELECT COUNT(*) FROM grade_outbox WHERE registration_id = :reg AND context_id = :ctx "
            + "AND resource_link_id = :link AND status = :status")
    long countByPlacementAndStatus(@Param("reg") String registrationId, @Param("ctx") String contextId,
                                   @Param("link") String resourceLinkId, @Param("status") String status);

    /**
     * Given-up rows of a placement (or of all, with {@code :all} true) that nothing fixed since: no later score of
     * the same learner and module was delivered after them. Newest first.
     */
    @Query("SELECT o.* FROM grade_outbox o WHERE o.status IN ('DEAD', 'NOT_GRADABLE') "
            + "AND (:all = TRUE OR (o.registration_id = :reg AND o.context_id = :ctx AND o.resource_link_id = :link)) "
            + "AND NOT EXISTS (SELECT 1 FROM grade_outbox d WHERE d.status = 'DELIVERED' "
            + "AND d.registration_id = o.registration_id AND d.context_id = o.context_id "
            + "AND d.resource_link_id = o.resource_link_id AND d.user_id = o.user_id AND d.pack_id = o.pack_id "
            + "AND d.module_id = o.module_id AND d.score_timestamp > o.score_timestamp) "
            + "ORDER BY o.score_timestamp DESC, o.id DESC LIMIT :limit")
    List<GradeOutboxRow> unresolvedProblems(@Param("all") boolean all, @Param("reg") String registrationId,
                                            @Param("ctx") String contextId, @Param("link") String resourceLinkId,
                                            @Param("limit") int limit);

    /**
     * Puts a given-up row back in the queue, as new: its attempts and its give-up period start again. Only a DEAD row:
     * a delivered or superseded score must not be sent again.
     */
    @Modifying
    @Query("UPDATE grade_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now, locked_until = NULL, "
            + "created_at = :now WHERE id = :id AND status = 'DEAD'")
    int requeue(@Param("id") Long id, @Param("now") Instant now);
}
