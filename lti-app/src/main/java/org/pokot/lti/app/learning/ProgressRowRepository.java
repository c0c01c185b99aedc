package org.pokot.lti.app.learning;

import org.springframework.data.repository.ListCrudRepository;

/** Writes the progress aggregate; it is read by {@link ProgressReads}. */
interface ProgressRowRepository extends ListCrudRepository<ProgressRow, Long> {
}
