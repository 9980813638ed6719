/**
 * Scenario files: a fact document and the outcomes expected of it, in JSON or YAML, read with
 * {@link dev.trustrules.scenario.Scenarios#read(java.nio.file.Path)} and checked against a policy with
 * {@link dev.trustrules.scenario.Scenarios#check(dev.trustrules.TrustPolicy, Scenario)}, or all at once with
 * {@link dev.trustrules.scenario.Scenarios#run(dev.trustrules.TrustPolicy, java.util.List)}, which also reports
 * which scenarios exercised each rule, denial condition and decision-table row ({@link dev.trustrules.scenario.Coverage}).
 * The command-line
 * tool's {@code test}, the reload of a policy directory holding {@code scenarios/}, and the JUnit helper
 * of {@code trust-rules-test} all run scenarios through this package.
 */
package dev.trustrules.scenario;
