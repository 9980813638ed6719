package dev.trustrules.flink;

/**
 * A fact that was not decided, on the failure side output ({@link TrustDecisions#FAILURES}): never a
 * dropped record.
 *
 * @param document the input as it came (a JSON document, or a request written as JSON)
 * @param reason why: {@code unreadable: order.paidFen: required, was missing (line 1, column 80)}, or
 *     {@code evaluation failed: ...} with the rule that threw
 * @param policy the release that was serving ({@code name@version}), or the what-if's corpus place
 */
public record DecisionFailure(String document, String reason, String policy) {}
