package org.pokot.lti.app.launch;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface LoginStateRowRepository extends ListCrudRepository<LoginStateRow, String> {

    Optional<LoginStateRow> findByNonce(String nonce);

    /** Atomic: the WHERE clause lets exactly one of two racing launches mark the state. */
    @Modifying
    @Query("UPDATE lti_login_state SET used_at = :usedAt WHERE state = :state AND used_at IS NULL")
    int markUsed(@Param("state") String state, @Param("usedAt") Instant usedAt);

    @Modifying
    @Query("DELETE FROM lti_login_state WHERE expires_at < :before")
    int deleteExpiredBefore(@Param("before") Instant before);
}
