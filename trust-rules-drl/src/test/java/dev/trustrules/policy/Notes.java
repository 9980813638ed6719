package dev.trustrules.policy;

import dev.trustrules.Decision;
import java.util.List;

/** The notes of a decision as {@code "CODE by RULE-ID: detail"}, to compare exactly in tests. */
final class Notes {
    private Notes() {}

    static List<String> of(Decision decision) {
        return decision.notes().stream().map(n -> n.code() + " by " + id(n.rule()) + ": " + n.detail()).toList();
    }

    static List<String> of(Decision decision, String code) {
        return of(decision).stream().filter(n -> n.startsWith(code + " by ")).toList();
    }

    /** The rule id: the token before the first space of the rule name ({@code "(engine)"} stays as is). */
    static String id(String rule) {
        int space = rule.indexOf(' ');
        return space < 0 ? rule : rule.substring(0, space);
    }
}
