package dev.trustrules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The policy could not be built: its rule files do not compile, do something a policy may not, or its
 * sources are unusable. {@link #problems()} lists each root cause as {@code file:line:column: message};
 * errors the compiler reported after a root cause in the same file or rule, which go away when it is
 * fixed, are counted in the message and listed by {@link #followOns()}.
 */
public class PolicyBuildException extends TrustRulesException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;
    private final transient List<Problem> followOns;

    public PolicyBuildException(String policy, List<Problem> problems) {
        this(policy, problems, List.of());
    }

    /**
     * @param policy where the policy comes from (a directory, a classpath folder)
     * @param problems the root causes, errors first
     * @param followOns errors that follow from them, hidden from the message
     */
    public PolicyBuildException(String policy, List<Problem> problems, List<Problem> followOns) {
        super(message(policy, problems, followOns));
        this.problems = List.copyOf(problems);
        this.followOns = List.copyOf(followOns);
    }

    /** Every problem found, errors first, each as {@code file:line:column: message}: the root causes. */
    public List<Problem> problems() {
        return problems;
    }

    /** The errors that follow from the root causes (the parser's errors after the first in a file), hidden from the message. */
    public List<Problem> followOns() {
        return followOns;
    }

    private static String message(String policy, List<Problem> problems, List<Problem> followOns) {
        long errors = problems.stream().filter(Problem::isError).count();
        String hidden = followOns.isEmpty() ? "" : "\n(" + followOns.size() + " more " + (followOns.size() == 1 ? "error" : "errors")
                + " hidden: they mostly follow from the errors above; fix those and build again)";
        return "policy " + policy + " does not build (" + errors + (errors == 1 ? " error" : " errors") + "):\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")) + hidden;
    }
}
