package org.pokot.lti.app.keys;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.pokot.lti.core.jwks.ToolKeys;

/**
 * The tool's public keys, which platforms use to verify deep-linking responses and service client assertions.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework §6.3</a>
 */
@RestController
class JwksController {

    private final ToolKeys toolKeys;

    JwksController(ToolKeys toolKeys) {
        this.toolKeys = toolKeys;
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(toolKeys.publicJwks().toString(true));
    }
}
