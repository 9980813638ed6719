package dev.trustrules.internal.run;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the rule a Drools condition error names in its message ({@code ... in [Rule "name" in file.drl]}). */
final class RuleNames {
    private static final Pattern RULE = Pattern.compile("Rule \"([^\"]+)\"|rule '([^']+)'|rule \"([^\"]+)\"");

    private RuleNames() {}

    static String fromMessage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = RULE.matcher(t.getMessage());
                if (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            return m.group(g);
                        }
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
