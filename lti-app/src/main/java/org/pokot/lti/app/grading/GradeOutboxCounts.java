package org.pokot.lti.app.grading;

import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** How many scores wait, went through, or were given up: on the actuator and the admin API. */
@Component
@Endpoint(id = "gradeoutbox")
@RestController
class GradeOutboxCounts {

    private final GradeOutboxAdministration administration;

    GradeOutboxCounts(GradeOutboxAdministration administration) {
        this.administration = administration;
    }

    @ReadOperation
    @GetMapping("/admin/api/grade-outbox")
    Map<DeliveryStatus, Long> counts() {
        return administration.counts();
    }
}
