package dev.trustrules.internal.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kinds of column a decision table's {@code RuleTable} may have, by the word in its first row, and the
 * rule attribute each one sets. The clock attributes and metadata are refused, as in DRL files.
 */
enum ColumnKind {
    NAME("NAME", null),
    DESCRIPTION("DESCRIPTION", null),
    PRIORITY("PRIORITY", "salience"),
    CONDITION("CONDITION", null),
    ACTION("ACTION", null),
    NO_LOOP("NO-LOOP", "no-loop"),
    LOCK_ON_ACTIVE("LOCK-ON-ACTIVE", "lock-on-active"),
    AUTO_FOCUS("AUTO-FOCUS", "auto-focus"),
    ACTIVATION_GROUP("ACTIVATION-GROUP", "activation-group"),
    AGENDA_GROUP("AGENDA-GROUP", "agenda-group"),
    RULEFLOW_GROUP("RULEFLOW-GROUP", "ruleflow-group");

    /** Drools' one-letter abbreviations, which trust-rules asks to write in full. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("C", "CONDITION"), Map.entry("A", "ACTION"),
            Map.entry("N", "NAME"), Map.entry("I", "DESCRIPTION"), Map.entry("P", "PRIORITY"), Map.entry("U", "NO-LOOP"),
            Map.entry("L", "LOCK-ON-ACTIVE"), Map.entry("F", "AUTO-FOCUS"), Map.entry("X", "ACTIVATION-GROUP"),
            Map.entry("G", "AGENDA-GROUP"), Map.entry("R", "RULEFLOW-GROUP"));
    private static final List<String> CLOCK = List.of("DURATION", "TIMER", "CALENDARS", "DATE-EFFECTIVE", "DATE-EXPIRES");

    final String header;
    /** The DRL attribute the column sets, or {@code null}. */
    final String attribute;

    ColumnKind(String header, String attribute) {
        this.header = header;
        this.attribute = attribute;
    }

    boolean isFlag() {
        return this == NO_LOOP || this == LOCK_ON_ACTIVE || this == AUTO_FOCUS;
    }

    /** A column's header read: its kind, whether it is optional (a condition), or why it is refused. */
    record Header(ColumnKind kind, boolean optional, String refusal) {}

    /** Why an attribute that trust-rules refuses (a clock attribute, metadata) is refused, or {@code null}. */
    static String refusal(String word) {
        String upper = word.strip().toUpperCase(Locale.ROOT);
        if (CLOCK.contains(upper)) {
            return upper + " sets " + upper.toLowerCase(Locale.ROOT) + ", which is not allowed: it makes a rule depend on the "
                    + "clock, so a replayed decision could differ; compare with the evaluation time (EvaluationTime) in a .drl "
                    + "rule, or ship a new policy version with an effectiveFrom";
        }
        return upper.equals("METADATA") ? "METADATA is not supported: trust-rules does not read rule metadata; write the text "
                + "in a DESCRIPTION column" : null;
    }

    static Header read(String text) {
        String word = text.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (word.equals("SALIENCE")) {
            return new Header(PRIORITY, false, null);
        }
        if (word.matches("CONDITION ?\\(OPTIONAL\\)")) {
            return new Header(CONDITION, true, null);
        }
        for (ColumnKind kind : values()) {
            if (kind.header.equals(word)) {
                return new Header(kind, false, null);
            }
        }
        String refused = refusal(word);
        if (refused != null) {
            return new Header(null, false, refused);
        }
        String suggestion = ABBREVIATIONS.get(word);
        if (suggestion != null) {
            return new Header(null, false, "write the column kind in full: " + suggestion);
        }
        List<String> names = new ArrayList<>();
        for (ColumnKind kind : values()) {
            names.add(kind.header);
        }
        String closest = Suggestions.closest(word, names);
        return new Header(null, false, "\"" + text.strip() + "\" is not a column kind" + (closest == null ? "" : "; did you mean "
                + closest + "?") + " (the kinds are " + String.join(", ", names) + ", and CONDITION (optional))");
    }
}
