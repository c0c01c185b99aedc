package org.pokot.lti.app.grading;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface GradeDeliveryRepository extends ListCrudRepository<GradeDeliveryRow, Long> {

    Optional<GradeDeliveryRow> findByCompletionId(Long completionId);

    @Query("SELECT * FROM grade_delivery WHERE status = 'PENDING' AND next_attempt_at <= :now "
            + "AND (locked_until IS NULL OR locked_until < :now) ORDER BY next_attempt_at LIMIT 20")
    List<GradeDeliveryRow> findDue(@Param("now") Instant now);

    /** Claims a row for one worker; several instances of the tool never send the same score at once. */
    @Modifying
    @Query("UPDATE grade_delivery SET locked_until = :until WHERE id = :id AND status = 'PENDING' "
            + "AND (locked_until IS NULL OR locked_until < :now)")
    int claim(@Param("id") Long id, @Param("now") Instant now, @Param("until") Instant until);

    /** The latest score timestamp already used for this learner in this placement. */
    @Query("SELECT MAX(d.score_timestamp) FROM grade_delivery d JOIN learning_completion c ON c.id = d.completion_id "
            + "WHERE c.registration_id = :reg AND c.context_id = :ctx AND c.resource_link_id = :link "
            + "AND c.user_id = :user")
    Optional<Instant> latestScoreTimestamp(@Param("reg") String registrationId, @Param("ctx") String contextId,
                                           @Param("link") String resourceLinkId, @Param("user") String userId);
}
