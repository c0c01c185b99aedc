package org.pokot.lti.app.grading;

/** Where a score event stands with the LMS. */
public enum DeliveryStatus {
    /** Not yet in the gradebook: tried again at {@code next_attempt_at}. */
    PENDING,
    /** The LMS took the score. */
    DELIVERED,
    /**
     * Nothing to send: the LMS already holds a score at least as recent (Moodle's 409), or this is progress without
     * a grade after a grade was sent, which must not clear it.
     */
    SUPERSEDED,
    /** Given up: the LMS refused it for good (e.g. the user is not gradable), or it kept failing too long. */
    DEAD,
    /** The placement accepts no grades: its launches offered no line item and no right to create one. */
    NOT_GRADABLE
}
