/**
 * A batch job that adjudicates a JSON Lines file of claims on the bundled default policy, on every core,
 * writing one decision per line in input order and a summary.
 */
package dev.trustrules.examples.batch;
