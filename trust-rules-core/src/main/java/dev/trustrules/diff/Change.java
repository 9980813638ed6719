package dev.trustrules.diff;

import dev.trustrules.internal.Require;
import java.io.Serializable;
import java.util.List;

/**
 * One way a document's decision differs between the baseline and the candidate policy: a field of one
 * outcome, its two values and the rules that produced them. A granted entitlement whose payout changed
 * is one change ({@code ENTITLEMENT FAKE_ONE_PAY_TEN payoutFen}); an entitlement granted by one policy
 * and denied by the other is one change of its {@code outcome}.
 *
 * @param section which part of the decision
 * @param type the entitlement, guarantee or sanction type; empty for the buyer tier
 * @param field the field that differs ({@code payoutFen}, {@code reason}, {@code outcome}, ...)
 * @param baseline the baseline's value, in words ({@code none} when it has none)
 * @param candidate the candidate's value, in words
 * @param baselineRules the rules behind the baseline's value (none for a value no rule gave)
 * @param candidateRules the rules behind the candidate's value
 */
public record Change(Section section, String type, String field, String baseline, String candidate,
        List<String> baselineRules, List<String> candidateRules) implements Serializable {

    /** The part of a decision a change is in, in the order the report lists them. */
    public enum Section {
        /** The buyer's trust-card tier. */
        BUYER_TIER,
        /** A guarantee the order carries. */
        GUARANTEE,
        /** An entitlement claimed: granted (with its amounts) or denied. */
        ENTITLEMENT,
        /** A sanction imposed on the shop. */
        SANCTION
    }

    public Change {
        Require.present("change.section", section);
        Require.present("change.type", type);
        Require.text("change.field", field);
        Require.present("change.baseline", baseline);
        Require.present("change.candidate", candidate);
        baselineRules = Require.list("change.baselineRules", baselineRules);
        candidateRules = Require.list("change.candidateRules", candidateRules);
    }

    /** The change on one line: {@code FAKE_ONE_PAY_TEN payoutFen: 1990.00 CNY -> 1791.00 CNY}. */
    @Override
    public String toString() {
        return (type.isEmpty() ? "" : type + " ") + field + ": " + baseline + " -> " + candidate;
    }
}
