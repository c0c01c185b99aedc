package org.pokot.lti.app.keys;

import org.springframework.data.repository.ListCrudRepository;

interface ToolKeyRowRepository extends ListCrudRepository<ToolKeyRow, String> {
}
