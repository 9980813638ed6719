/**
 * trust-rules on Apache Flink: decide fact streams at scale, take rule releases live through Flink's
 * broadcast-state pattern, and run the what-if of {@code trust-rules diff} as a batch job.
 *
 * <ul>
 *   <li>{@link dev.trustrules.flink.PolicyRelease}: a policy release as data (name, version, files), for the
 *       update stream and operator state;</li>
 *   <li>{@link dev.trustrules.flink.TrustDecisions}: the operators ({@link dev.trustrules.flink.DecideFunction}
 *       on one release, {@link dev.trustrules.flink.LiveDecideFunction} with releases broadcast live), their
 *       side outputs for failures and policy changes;</li>
 *   <li>{@link dev.trustrules.flink.WhatIf}: baseline against candidate over a bounded JSON Lines corpus;</li>
 *   <li>{@link dev.trustrules.flink.TrustTypes}: Flink serializers for trust-rules' values (no Kryo).</li>
 * </ul>
 *
 * Flink is a {@code provided} dependency: the cluster brings it.
 */
package dev.trustrules.flink;
