package dev.trustrules;

import java.util.List;
import java.util.stream.Collectors;

/** The policy could not be built: its rule files do not compile, or its sources are unusable. */
public class PolicyBuildException extends TrustRulesException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public PolicyBuildException(String policy, List<Problem> problems) {
        super(message(policy, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors first, each as {@code file:line:column: message}. */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(String policy, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return "policy " + policy + " does not build (" + errors + (errors == 1 ? " error" : " errors") + "):\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
    }
}
