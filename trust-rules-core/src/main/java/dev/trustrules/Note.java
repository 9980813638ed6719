package dev.trustrules;

import dev.trustrules.internal.Require;
/**
 * A finding that is neither a grant, a denial nor a sanction, so that no question goes unanswered: a
 * listing that passed the counterfeit checks, an application accepted, optional guarantees withheld.
 *
 * @param code the stable code ({@code LISTING_CLEARED}, {@code NO_RULE_MATCHED}, ...)
 * @param rule the rule that made it
 * @param detail the facts behind it, in words; {@code null} is held as {@code ""}
 */
public record Note(String code, String rule, String detail) {

    public Note {
        Require.text("note.code", code);
        Require.text("note.rule", rule);
        detail = detail == null ? "" : detail;
    }
}
