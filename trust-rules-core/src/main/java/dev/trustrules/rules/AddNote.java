package dev.trustrules.rules;

import dev.trustrules.internal.Require;
/**
 * Inserted by a rule: a finding for the decision's {@code notes}.
 *
 * @param code the stable UPPER_SNAKE_CASE code
 * @param detail the facts behind it, in words; {@code null} is held as {@code ""}
 */
public record AddNote(String code, String detail) {
    public AddNote {
        Require.reason("AddNote.code", code);
        detail = detail == null ? "" : detail;
    }
}
