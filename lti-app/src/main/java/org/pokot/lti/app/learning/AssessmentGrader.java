package org.pokot.lti.app.learning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.pokot.lti.app.pack.PackModel.Module;
import org.pokot.lti.app.pack.PackModel.Option;
import org.pokot.lti.app.pack.PackModel.Question;
import org.pokot.lti.app.pack.PackModel.QuestionType;

/**
 * Scores an attempt as {@code docs/content-authoring.md} defines: a question counts when exactly its correct
 * options are chosen; the learner passes at {@code passThreshold} percent; the score sent to the gradebook is
 * {@code correct / questions × maxScore}.
 */
final class AssessmentGrader {

    private AssessmentGrader() {
    }

    static GradedAttempt grade(Module module, Map<String, Set<String>> answers) {
        List<QuestionResult> results = new ArrayList<>();
        int correct = 0;
        for (Question question : module.assessment().questions()) {
            Set<String> known = question.options().stream().map(Option::id).collect(Collectors.toSet());
            Set<String> chosen = new TreeSet<>(answers.getOrDefault(question.id(), Set.of()));
            chosen.retainAll(known); // ids the question does not have are ignored, not errors
            if (question.type() == QuestionType.SINGLE && chosen.size() > 1) {
                chosen.clear(); // a tampered single-choice answer scores nothing
            }
            Set<String> expected = question.options().stream().filter(Option::correct).map(Option::id)
                    .collect(Collectors.toSet());
            boolean right = chosen.equals(expected);
            correct += right ? 1 : 0;
            results.add(new QuestionResult(question, chosen, right));
        }
        int questions = results.size();
        boolean passed = correct * 100 >= module.assessment().passThreshold() * questions;
        int percent = questions == 0 ? 0 : Math.round(correct * 100f / questions);
        BigDecimal scoreGiven = questions == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(module.maxScore()).multiply(BigDecimal.valueOf(correct))
                        .divide(BigDecimal.valueOf(questions), 4, RoundingMode.HALF_UP);
        return new GradedAttempt(correct, questions, percent, passed, scoreGiven,
                BigDecimal.valueOf(module.maxScore()), List.copyOf(results));
    }

    public record GradedAttempt(int correct, int questions, int percent, boolean passed, BigDecimal scoreGiven,
                         BigDecimal scoreMaximum, List<QuestionResult> results) {

        /** The answers as stored: {@code question=a,b;question2=c}. */
        String encodedAnswers() {
            return results.stream().map(r -> r.question().id() + "=" + String.join(",", r.chosen()))
                    .collect(Collectors.joining(";"));
        }
    }

    public record QuestionResult(Question question, Set<String> chosen, boolean correct) {

        public boolean isChosen(String optionId) {
            return chosen.contains(optionId);
        }
    }
}
