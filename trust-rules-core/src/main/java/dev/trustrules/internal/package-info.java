/**
 * The engine behind {@link dev.trustrules.TrustPolicy}: not API, free to change. The subpackages are the
 * stages a policy goes through, in order: {@code load} reads a policy's files, {@code compile} turns them
 * into a Drools knowledge base, {@code verify} checks what the files may do, {@code run} evaluates
 * requests; {@code json} and {@code scenario} read and write the JSON and scenario forms.
 */
package dev.trustrules.internal;
