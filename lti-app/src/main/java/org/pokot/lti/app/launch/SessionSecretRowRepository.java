package org.pokot.lti.app.launch;

import org.springframework.data.repository.ListCrudRepository;

interface SessionSecretRowRepository extends ListCrudRepository<SessionSecretRow, String> {
}
