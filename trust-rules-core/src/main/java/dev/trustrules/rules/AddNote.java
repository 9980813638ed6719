package dev.trustrules.rules;

/**
 * Inserted by a rule: a finding for the decision's {@code notes}.
 *
 * @param code the stable UPPER_SNAKE_CASE code
 * @param detail the facts behind it, in words
 */
public record AddNote(String code, String detail) {
    public AddNote {
        Vocabulary.reason("AddNote.code", code);
        detail = detail == null ? "" : detail;
    }
}
