/**
 * Test fixtures for services that use trust-rules. Start with
 * {@link dev.trustrules.test.TrustFixtures} (plausible facts in one line, e.g.
 * {@code TrustFixtures.claim(ClaimType.COUNTERFEIT).order(o -> o.paidFen(5_000)).build()}) and
 * {@link dev.trustrules.test.TrustAssertions#assertThat(dev.trustrules.Decision)} (AssertJ assertions such as
 * {@code .grants(FAKE_ONE_PAY_TEN).withPayoutFen(50_000)}), and {@link dev.trustrules.test.ScenarioTests} to run a
 * folder of scenario files as JUnit 5 dynamic tests.
 */
package dev.trustrules.test;
