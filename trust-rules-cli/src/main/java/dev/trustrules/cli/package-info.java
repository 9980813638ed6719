/**
 * The analysts' command-line tool, {@link dev.trustrules.cli.TrustRulesCli}: {@code check},
 * {@code test}, {@code eval} and {@code diff} of rule directories, shipped as one executable jar.
 * Exit codes: 0 success, 1 a check, test or evaluation failed, 2 bad input or usage.
 */
package dev.trustrules.cli;
