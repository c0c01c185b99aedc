package org.pokot.lti.app.grading;

/** Where a completion's score stands with the LMS. */
public enum DeliveryStatus {
    /** Not yet in the gradebook: tried again at {@code next_attempt_at}. */
    PENDING,
    /** The LMS took the score. */
    DELIVERED,
    /** The LMS already holds a score at least as recent (Moodle's 409): nothing to send. */
    SUPERSEDED,
    /** The LMS refused it for good (e.g. the user is not gradable in the course); the reason is kept. */
    FAILED,
    /** The placement accepts no grades: its launches offered no line item and no right to create one. */
    NOT_GRADABLE
}
