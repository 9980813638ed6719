/**
 * Why a decision came out as it did: {@link dev.trustrules.TrustPolicy#explain(dev.trustrules.TrustRequest)}
 * returns an {@link dev.trustrules.explain.Explanation} holding the decision itself, the arithmetic of each
 * granted amount ({@link dev.trustrules.explain.Calculation}, as the rules computed it), the thresholds each
 * grant passed and the conditions behind each denial ({@link dev.trustrules.explain.Condition}, with the
 * values of the facts and limits they compare), and the rules that nearly fired. Everything here is derived
 * from the policy's own rule text and from the evaluation that really happened, for any policy.
 */
package dev.trustrules.explain;
