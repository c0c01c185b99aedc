package org.pokot.lti.app.registration;

import java.util.ArrayList;
import java.util.List;

/** What is wrong with a posted registration form, per field, as message keys for the page to show beside it. */
public record FormProblems(List<Problem> problems) {

    /** @param field the form field, or {@link #GENERAL} for the form as a whole */
    public record Problem(String field, String messageKey, String detail) {
    }

    static final String GENERAL = "";

    public FormProblems {
        problems = List.copyOf(problems);
    }

    static FormProblems none() {
        return new FormProblems(List.of());
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public Problem of(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).findFirst().orElse(null);
    }

    FormProblems with(String field, String messageKey, String detail) {
        List<Problem> more = new ArrayList<>(problems);
        more.add(new Problem(field, messageKey, detail));
        return new FormProblems(more);
    }
}
