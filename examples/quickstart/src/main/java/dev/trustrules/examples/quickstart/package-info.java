/**
 * The smallest program using trust-rules: {@link dev.trustrules.examples.quickstart.Quickstart} builds the
 * default policy and prints a checkout, a counterfeit claim and a counterfeit violation decision.
 */
package dev.trustrules.examples.quickstart;
