/**
 * The Drools-backed engine: not API, free to change. {@link dev.trustrules.internal.PolicyFiles} reads a
 * policy's files, {@link dev.trustrules.internal.DroolsCompiler} compiles them (or loads the
 * {@link dev.trustrules.internal.PrecompiledModel} generated at build time for exactly those files),
 * {@link dev.trustrules.internal.CompiledPolicy} evaluates requests on pooled sessions and
 * {@link dev.trustrules.internal.DecisionAssembler} applies the engine's precedence (deny wins, one grant
 * per entitlement, no unanswered claim).
 */
package dev.trustrules.internal;
