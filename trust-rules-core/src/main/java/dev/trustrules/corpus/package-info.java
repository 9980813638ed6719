/**
 * Synthetic fact documents for tests, benchmarks and what-if runs: {@link dev.trustrules.corpus.SyntheticCorpus}
 * generates a seeded, reproducible mix of every kind of question (checkouts, claims of every type,
 * violations of every type, listings, shop applications, brands, shop reviews), valid by construction.
 * The command-line tool's {@code corpus} writes it as JSON Lines.
 */
package dev.trustrules.corpus;
