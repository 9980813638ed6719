/**
 * Run stage: a compiled version with its pooled sessions, deciding requests, and the assembly of the
 * facts the rules inserted into a {@link dev.trustrules.Decision}.
 */
package dev.trustrules.internal.run;
