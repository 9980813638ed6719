/**
 * Explain stage: why a decision came out as it did. An explanation run decides the request again in a
 * session of its own (never a pooled one), recording each rule firing with its match and the
 * arithmetic its consequence did ({@link dev.trustrules.internal.explain.ArithmeticLog}); the rules'
 * text (parsed on demand) names what each amount and condition read; a probe policy, built from the
 * policy's own rule text, verified by the same sandbox and cached per version, finds the rules that
 * nearly fired. Nothing here runs when a decision is not being explained.
 */
package dev.trustrules.internal.explain;
