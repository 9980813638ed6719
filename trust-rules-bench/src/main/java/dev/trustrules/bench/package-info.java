/**
 * Benchmarks: {@link dev.trustrules.bench.DecisionBenchmark} (JMH, decisions per second on the default
 * policy) and {@link dev.trustrules.bench.ColdStart} (JVM start to first decision). The commands and
 * figures are in {@code docs/performance.md}.
 */
package dev.trustrules.bench;
