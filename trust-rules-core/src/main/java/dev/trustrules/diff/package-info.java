/**
 * The what-if report: what a candidate policy would change against a baseline over a corpus of past
 * fact documents. {@link dev.trustrules.diff.DiffReport} counts the decisions of both policies, document
 * by document, merges partial counts (one per worker thread, or per parallel task of a Flink job) and
 * writes the report that {@code trust-rules diff} prints. One model, so the command-line tool and the
 * Flink job report the same thing the same way.
 */
package dev.trustrules.diff;
