package org.pokot.lti.packs;

/** The kinds of problem that {@link PackValidator} reports. Tests assert on these codes. */
public enum ProblemCode {
    /** The folder given holds no pack at all. */
    NO_PACKS_FOUND,
    /** A pack folder has no pack.yaml. */
    MANIFEST_MISSING,
    /** pack.yaml is not readable YAML (syntax error, duplicate key, ...). */
    MANIFEST_UNREADABLE,
    /** pack.yaml does not match pack.schema.json (missing field, wrong type, bad id, ...). */
    SCHEMA_VIOLATION,
    /** The pack id differs from the name of its folder. */
    PACK_ID_MISMATCH,
    /** A text or unit file is missing (or blank) for a declared language. */
    MISSING_TRANSLATION,
    /** A text or file is given for a language that the pack does not declare. */
    UNDECLARED_LANGUAGE,
    /** A unit's Markdown file does not exist. */
    UNIT_FILE_NOT_FOUND,
    /** A unit file path leaves the pack folder. */
    UNIT_FILE_OUTSIDE_PACK,
    /** Two modules, two units of a module, two questions of a module or two options of a question share an id. */
    DUPLICATE_ID,
    /** A question has no option marked correct: true. */
    NO_CORRECT_ANSWER,
    /** A single-choice question has more than one correct option. */
    TOO_MANY_CORRECT_ANSWERS,
    /** The pass threshold is not within 0-100. */
    THRESHOLD_OUT_OF_RANGE,
    /** A prerequisite names a module that the pack does not have. */
    UNKNOWN_PREREQUISITE,
    /** Modules require each other in a circle. */
    PREREQUISITE_CYCLE,
    /** A unit: link, #anchor or relative link points to nothing. */
    BROKEN_LINK,
    /** A link uses a scheme other than http, https, mailto or unit (e.g. javascript:). */
    UNSAFE_LINK,
    /** A unit file holds raw HTML outside code spans and code blocks. */
    RAW_HTML
}
