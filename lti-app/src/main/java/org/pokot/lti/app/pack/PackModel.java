package org.pokot.lti.app.pack;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A content pack as its manifest describes it (format: {@code docs/content-authoring.md}). Parsed once at start;
 * the pack's own build-time validator has already checked ids, translations, answers and links.
 */
public final class PackModel {

    private PackModel() {
    }

    public record ContentPack(String id, String version, List<String> languages, LocalizedText title,
                              Optional<LocalizedText> description, String licence, AwardingBody awardingBody,
                              List<Module> modules) {

        public ContentPack {
            languages = List.copyOf(languages);
            modules = List.copyOf(modules);
            description = description == null ? Optional.empty() : description;
        }

        public Optional<Module> module(String moduleId) {
            return modules.stream().filter(m -> m.id().equals(moduleId)).findFirst();
        }
    }

    public record AwardingBody(LocalizedText name, List<String> countries) {
    }

    public record Module(String id, LocalizedText title, LocalizedText summary, List<LocalizedText> learningOutcomes,
                         Workload workload, Level level, List<String> prerequisites, List<Unit> units, int maxScore,
                         Assessment assessment, MicroCredential microCredential) {

        public Module {
            learningOutcomes = List.copyOf(learningOutcomes);
            prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
            units = List.copyOf(units);
        }

        public Optional<Unit> unit(String unitId) {
            return units.stream().filter(u -> u.id().equals(unitId)).findFirst();
        }

        public int indexOf(String unitId) {
            for (int i = 0; i < units.size(); i++) {
                if (units.get(i).id().equals(unitId)) {
                    return i;
                }
            }
            return -1;
        }
    }

    public record Workload(double hours, double ects) {
    }

    public record Level(int eqf) {
    }

    /** @param file the Markdown file of each language, relative to the pack folder */
    public record Unit(String id, LocalizedText title, Map<String, String> file) {

        public Unit {
            file = Map.copyOf(file);
        }
    }

    public record Assessment(int passThreshold, AttemptsAllowed attemptsAllowed, List<Question> questions) {

        public Assessment {
            questions = List.copyOf(questions);
        }

        public Optional<Question> question(String questionId) {
            return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
        }
    }

    /** A positive number of attempts, or {@code unlimited}. */
    public record AttemptsAllowed(int limit) {

        public static final AttemptsAllowed UNLIMITED = new AttemptsAllowed(Integer.MAX_VALUE);

        @JsonCreator
        static AttemptsAllowed parse(Object value) {
            if ("unlimited".equals(value)) {
                return UNLIMITED;
            }
            if (value instanceof Number n && n.intValue() > 0) {
                return new AttemptsAllowed(n.intValue());
            }
            throw new IllegalArgumentException("attemptsAllowed must be a positive number or 'unlimited': " + value);
        }

        public boolean isUnlimited() {
            return limit == Integer.MAX_VALUE;
        }

        @JsonValue
        Object json() {
            return isUnlimited() ? "unlimited" : limit;
        }
    }

    public enum QuestionType {
        SINGLE, MULTIPLE;

        @JsonCreator
        static QuestionType parse(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public record Question(String id, QuestionType type, LocalizedText prompt, List<Option> options) {

        public Question {
            options = List.copyOf(options);
        }
    }

    public record Option(String id, LocalizedText text, boolean correct, LocalizedText feedback) {
    }

    /** The EU Council Recommendation (2022) Annex I fields the module itself does not already give. */
    public record MicroCredential(LocalizedText title, AssessmentType assessmentType, String participationForm,
                                  LocalizedText qualityAssurance) {
    }

    public record AssessmentType(String method, LocalizedText description) {
    }
}
