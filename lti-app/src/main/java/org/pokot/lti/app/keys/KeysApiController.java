package org.pokot.lti.app.keys;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import org.pokot.lti.app.keys.ToolKeyAdmin.KeyOverview;
import org.pokot.lti.app.keys.ToolKeyAdmin.RotationAnswer;
import org.pokot.lti.core.jwks.ToolKeyStatus;
import org.pokot.lti.core.jwks.ToolKeyView;

/** The keys page as JSON, for schools that automate: the published keys (never key material) and "rotate now". */
@RestController
class KeysApiController {

    private final ToolKeyAdmin admin;

    KeysApiController(ToolKeyAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/api/keys")
    KeysResponse keys() {
        return KeysResponse.of(admin.overview());
    }

    /** 202 when a next key was published now; 200 when one already was, with the same body. */
    @PostMapping("/admin/api/keys/rotate")
    ResponseEntity<RotationResponse> rotate(Principal principal) {
        RotationAnswer answer = admin.rotateNow(principal.getName());
        return ResponseEntity.status(answer.started() ? HttpStatus.ACCEPTED : HttpStatus.OK)
                .body(new RotationResponse(answer.started(), answer.nextKid(), answer.signsFrom(),
                        KeysResponse.of(answer.overview()).keys()));
    }

    record KeyResponse(String kid, ToolKeyStatus status, Instant createdAt, Instant since, Instant nextChangeAt) {

        static KeyResponse of(ToolKeyView key) {
            return new KeyResponse(key.kid(), key.status(), key.createdAt(), key.since(),
                    key.nextChangeAt().orElse(null));
        }
    }

    record KeysResponse(List<KeyResponse> keys, Instant nextScheduledRotation) {

        static KeysResponse of(KeyOverview overview) {
            return new KeysResponse(overview.keys().stream().map(KeyResponse::of).toList(),
                    overview.nextScheduledRotation().orElse(null));
        }
    }

    record RotationResponse(boolean started, String nextKid, Instant signsFrom, List<KeyResponse> keys) {
    }
}
