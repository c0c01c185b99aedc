package org.pokot.lti.app.registration;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RegistrationRowRepository extends ListCrudRepository<RegistrationRow, String> {

    Optional<RegistrationRow> findByIssuerAndClientId(String issuer, String clientId);

    List<RegistrationRow> findByIssuer(String issuer);
}
