package org.pokot.lti.app.launch;

import java.security.SecureRandom;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.pokot.lti.core.oidc.LoginStateSeal;
import org.pokot.lti.core.oidc.LoginStateStore;
import org.pokot.lti.core.oidc.SealedLoginStateStore;

/**
 * Login states are sealed, under a key derived from the secret every instance shares, so that a login writes
 * nothing and any instance can take its launch; only the nonce's use goes to the database.
 */
@Configuration(proxyBeanMethods = false)
class LoginStateConfiguration {

    @Bean
    LoginStateStore loginStateStore(SessionSecret secret, JdbcNonceLedger ledger) {
        return new SealedLoginStateStore(LoginStateSeal.derivedFrom(secret.key().getEncoded(), new SecureRandom()),
                ledger);
    }
}
