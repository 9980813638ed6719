package dev.trustrules.internal.compile;

import java.util.ArrayList;
import java.util.List;

/** The arguments of a call in a rule's tokens, split at the commas outside nested brackets. */
public final class CallArguments {
    private CallArguments() {}

    /**
     * The arguments of a call whose opening bracket ends just before {@code from}, each as its tokens
     * (nested brackets included), up to the bracket that closes the call or the last token.
     */
    public static List<List<String>> of(List<String> tokens, int from) {
        List<List<String>> arguments = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int depth = 0;
        for (int k = from; k < tokens.size(); k++) {
            String token = tokens.get(k);
            if (token.equals("(") || token.equals("[") || token.equals("{")) {
                depth++;
            } else if (token.equals(")") || token.equals("]") || token.equals("}")) {
                if (depth-- == 0) {
                    break;
                }
            } else if (token.equals(",") && depth == 0) {
                arguments.add(current);
                current = new ArrayList<>();
                continue;
            }
            current.add(token);
        }
        arguments.add(current);
        return arguments;
    }
}
