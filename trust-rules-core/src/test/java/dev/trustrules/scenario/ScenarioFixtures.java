package dev.trustrules.scenario;

import dev.trustrules.TestPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny policy and scenario texts for the scenario and reload tests. */
public final class ScenarioFixtures {
    private ScenarioFixtures() {}

    public static final String GIVEN = """
            { "evaluatedAt": "2026-03-05T10:00:00+08:00",
              "order": { "id": "o-1", "buyerId": "b-1", "shopId": "s-1", "productId": "p-1", "category": "APPAREL",
                         "paidFen": 100, "currency": "CNY", "paidAt": "2026-03-01T10:00:00+08:00",
                         "deliveredAt": "2026-03-03T10:00:00+08:00", "guarantees": ["FAKE_ONE_PAY_TEN"], "authenticated": false },
              "buyer": { "id": "b-1", "creditScore": 700, "refundWithoutReturnCount90d": 0, "abuseFlag": false,
                         "maliciousClaimsRejected180d": 0 },
              "claim": { "id": "c-1", "orderId": "o-1", "type": "COUNTERFEIT", "filedAt": "2026-03-03T11:00:00+08:00",
                         "authenticityVerdict": "FAKE", "appraisalFeeFen": 0, "freightFen": 0, "evidenceAttached": true,
                         "itemIntact": true, "spoiledPercent": 0, "buyerCausedDamage": false,
                         "priorClaimsSameProduct180d": 0 } }""";
    public static final String RULES = """
            package rules;
            import dev.trustrules.*;
            import dev.trustrules.facts.*;
            import dev.trustrules.rules.*;
            rule "S-01 refund"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", 100, 0, Payer.SHOP, false));
            end
            """;

    /** A JSON scenario expecting a FAKE_ONE_PAY_TEN grant with the reason. */
    public static String scenario(String name, String reason) {
        return """
                { "name": "%s",
                  "given": %s,
                  "expect": { "entitlements": [ { "type": "FAKE_ONE_PAY_TEN", "refundFen": 100, "reason": "%s" } ] } }
                """.formatted(name, GIVEN, reason);
    }

    public static Path policy(Path root, String reason) {
        return TestPolicies.write(root, java.util.Map.of("rules/test.drl", RULES.formatted(reason)));
    }

}
