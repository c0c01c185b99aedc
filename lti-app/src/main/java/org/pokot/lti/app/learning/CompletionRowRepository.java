package org.pokot.lti.app.learning;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CompletionRowRepository extends ListCrudRepository<CompletionRow, Long> {

    Optional<CompletionRow> findByProgressId(Long progressId);
}
