package dev.trustrules.scenario;

import dev.trustrules.TestPolicies;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small policy whose rules, denial conditions and table rows are known line by line, and scenarios that
 * exercise some of them, for the coverage tests.
 */
public final class CoverageFixtures {
    private CoverageFixtures() {}

    /** Rules at lines 5, 13 (A-11: two denials) and 26. */
    public static final String RULES = """
            package rules;
            import dev.trustrules.*;
            import dev.trustrules.facts.*;
            import dev.trustrules.rules.*;
            rule "A-10 denied unless the verdict is FAKE"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                AfterSaleClaim(authenticityVerdict != AuthenticityVerdict.FAKE)
            then
                insert(new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "NOT_FAKE", "the verdict is not FAKE"));
            end

            rule "A-11 denied when too small or too large"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Order($paid : paidFen)
            then
                // new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "IN_A_COMMENT") is not a denial
                if ($paid < 50) {
                    insert(new DenyEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "TOO_SMALL", "under 0.50 CNY"));
                } else if ($paid > 100000) {
                    insert(new dev.trustrules.rules.DenyEntitlement(dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN, "TOO_LARGE", "over 1000 CNY"));
                }
            end

            rule "A-20 granted"
                salience -5
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                not DenyEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Order($paid : paidFen)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "CONFIRMED", $paid, 0, Payer.SHOP, false));
            end
            """;

    /** Rows T-01 APPAREL (line 8), T-02 HOME (line 9), T-03 FOOD (line 10). */
    public static final String TABLE = """
            RuleSet,rules
            Import,"dev.trustrules.facts.Order, dev.trustrules.facts.Category, dev.trustrules.rules.AddNote"
            RuleTable T
            NAME,CONDITION,ACTION
            ,Order,
            ,category == Category.$param,"insert(new AddNote(""MATCHED"", ""a row of the matrix matched""));"
            rule,category,note
            T-01 APPAREL,APPAREL,X
            T-02 HOME,HOME,X
            T-03 FOOD,FOOD,X
            """;

    public static Path policy(Path root) {
        return TestPolicies.write(root, Map.of("rules/claims.drl", RULES, "rules/matrix.drl.csv", TABLE));
    }

    /** A counterfeit claim in YAML: the category, the amount paid, its currency and the verdict. */
    public static String scenario(String name, String category, long paidFen, String currency, String verdict, String expect) {
        return """
                - name: "%s"
                  given:
                    evaluatedAt: 2026-03-05T10:00:00+08:00
                    order: { id: o-1, buyerId: b-1, shopId: s-1, category: %s, paidFen: %d, currency: %s,
                             paidAt: 2026-03-01T10:00:00+08:00, deliveredAt: 2026-03-03T10:00:00+08:00, authenticated: false }
                    claim: { type: COUNTERFEIT, filedAt: 2026-03-04T10:00:00+08:00, authenticityVerdict: %s,
                             appraisalFeeFen: 0, freightFen: 0, evidenceAttached: true, itemIntact: true, spoiledPercent: 0,
                             buyerCausedDamage: false, priorClaimsSameProduct180d: 0 }
                  expect: %s
                """.formatted(name, category, paidFen, currency, verdict, expect);
    }

    /**
     * Four scenarios: a grant on an APPAREL order, a double denial on another, a grant on a HOME order that
     * expects the wrong reason (it fails, but its rules ran), and a USD order whose evaluation fails.
     */
    public static String scenarios() {
        return scenario("fake apparel granted", "APPAREL", 100, "CNY", "FAKE",
                        "{ entitlements: [ { type: FAKE_ONE_PAY_TEN, refundFen: 100, reason: CONFIRMED } ] }")
                + scenario("genuine and too small: denied twice", "APPAREL", 30, "CNY", "GENUINE",
                        "{ denials: [ { type: FAKE_ONE_PAY_TEN, reason: NOT_FAKE }, { type: FAKE_ONE_PAY_TEN, reason: TOO_SMALL } ] }")
                + scenario("fake home order, wrong reason expected", "HOME", 200, "CNY", "FAKE",
                        "{ entitlements: [ { type: FAKE_ONE_PAY_TEN, reason: SOMETHING_ELSE } ] }")
                + scenario("an order in dollars", "FOOD", 200, "USD", "FAKE", "{ entitlements: [] }");
    }
}
