/**
 * The API a service touches. Start at {@link dev.trustrules.TrustPolicy}: build it once with
 * {@code TrustPolicy.builder().defaultPolicy().build()}, pass a {@link dev.trustrules.TrustRequest}
 * (the facts, from {@link dev.trustrules.facts}) to {@code evaluate}, and read the
 * {@link dev.trustrules.Decision}: guarantees carried, entitlements granted or denied, sanctions, each
 * naming its rule and reason code, and the policy that decided.
 *
 * <p>Errors: everything thrown on purpose extends {@link dev.trustrules.TrustRulesException};
 * {@link dev.trustrules.PolicyBuildException} lists rule-file problems as {@code file:line:column: message},
 * {@link dev.trustrules.EvaluationException} names the rule that failed.
 */
package dev.trustrules;
