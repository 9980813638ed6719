/**
 * Build-time only: {@link dev.trustrules.internal.precompile.Precompiler}, which compiles a bundled policy's versions to
 * the Drools executable model while trust-rules-drl is built. Not part of any runtime jar.
 */
package dev.trustrules.internal.precompile;
