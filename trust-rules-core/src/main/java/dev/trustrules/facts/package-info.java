/**
 * The input facts: immutable records validated in their constructors (a bad value throws
 * {@link java.lang.IllegalArgumentException} naming the field and the value). Money is {@code long} fen
 * with an ISO-4217 currency; times are {@link java.time.Instant}s. Start with
 * {@link dev.trustrules.facts.Order} and {@link dev.trustrules.facts.AfterSaleClaim}.
 */
package dev.trustrules.facts;
