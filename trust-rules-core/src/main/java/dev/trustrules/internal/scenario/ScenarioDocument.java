package dev.trustrules.internal.scenario;

import dev.trustrules.TrustRequest;
import dev.trustrules.internal.json.AbsentMeans;
import dev.trustrules.internal.json.DocumentOf;
import dev.trustrules.internal.json.Where;
import dev.trustrules.scenario.Expectations;
import dev.trustrules.scenario.Scenario;

/**
 * One scenario as a file writes it: {@code name}, {@code description}, {@code given}, {@code expect}.
 *
 * @param name what the scenario is about, unique enough to find it
 * @param description more words on the case, for people
 * @param given the facts: a fact document, as {@code trust-rules eval} reads it
 * @param expect the outcomes the decision must hold
 * @param where where the scenario starts in its file
 */
@DocumentOf(Scenario.class)
record ScenarioDocument(
        String name,
        @AbsentMeans("no description") String description,
        TrustRequest given,
        ExpectDocument expect,
        Where where) {

    Scenario toScenario(String file) {
        Expectations expectations = expect.toExpectations();
        if (expectations.isEmpty()) {
            throw where.error("expect", "scenario \"" + name
                    + "\" expects nothing; give expect with buyerTier, guarantees, entitlements, denials, sanctions, standings or traffic");
        }
        try {
            return new Scenario(name, file, where.line(), given, expectations);
        } catch (IllegalArgumentException e) {
            throw where.error("name", e.getMessage());
        }
    }
}
