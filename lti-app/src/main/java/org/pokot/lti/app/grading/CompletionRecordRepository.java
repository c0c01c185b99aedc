package org.pokot.lti.app.grading;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CompletionRecordRepository extends ListCrudRepository<CompletionRecord, Long> {

    /** Completions the outbox has not taken in yet. */
    @Query("SELECT c.* FROM learning_completion c LEFT JOIN grade_delivery d ON d.completion_id = c.id "
            + "WHERE d.id IS NULL ORDER BY c.id")
    List<CompletionRecord> findWithoutDelivery();
}
