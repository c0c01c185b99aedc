package org.pokot.lti.app.keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import org.pokot.lti.core.jwks.ToolKeyChange.NextKeyPublished;
import org.pokot.lti.core.jwks.ToolKeyRotation;
import org.pokot.lti.core.jwks.ToolKeyStatus;
import org.pokot.lti.core.jwks.ToolKeyView;

/** What the keys page and the admin API do: show the published keys, and start a rotation by hand. */
@Service
class ToolKeyAdmin {

    private final ToolKeyRotation rotation;
    private final ToolKeyAudit audit;

    ToolKeyAdmin(ToolKeyRotation rotation, ToolKeyAudit audit) {
        this.rotation = rotation;
        this.audit = audit;
    }

    KeyOverview overview() {
        return new KeyOverview(rotation.published(), rotation.nextScheduledRotation());
    }

    /** Publishes a next key now, unless one is already published; either way says which key signs next, and when. */
    RotationAnswer rotateNow(String actor) {
        // twice at most: the next key found published may start signing (and stop being next) in between
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<NextKeyPublished> started = rotation.begin();
            started.ifPresent(published -> audit.record(actor, published));
            KeyOverview overview = overview();
            Optional<ToolKeyView> next = overview.keys().stream().filter(k -> k.status() == ToolKeyStatus.NEXT)
                    .findFirst();
            if (next.isPresent()) {
                return new RotationAnswer(started.isPresent(), next.get().kid(),
                        next.get().nextChangeAt().orElseThrow(), overview);
            }
        }
        throw new IllegalStateException("no next key after starting a rotation");
    }

    /** @param nextScheduledRotation when the schedule will publish a next key; empty while one is published */
    record KeyOverview(List<ToolKeyView> keys, Optional<Instant> nextScheduledRotation) {
    }

    /** @param started false when a rotation was already under way and nothing new was published */
    record RotationAnswer(boolean started, String nextKid, Instant signsFrom, KeyOverview overview) {
    }
}
