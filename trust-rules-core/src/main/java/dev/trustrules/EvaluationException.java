package dev.trustrules;

/**
 * An evaluation failed: a rule threw, the facts are inconsistent with each other or with the policy,
 * or the rules looped. No partial decision is returned.
 */
public class EvaluationException extends TrustRulesException {
    private static final long serialVersionUID = 1L;

    private final String rule;

    public EvaluationException(String message, String rule, Throwable cause) {
        super(message, cause);
        this.rule = rule;
    }

    public EvaluationException(String message) {
        this(message, null, null);
    }

    /** The rule that failed, or {@code null} when no single rule is to blame. */
    public String rule() {
        return rule;
    }
}
