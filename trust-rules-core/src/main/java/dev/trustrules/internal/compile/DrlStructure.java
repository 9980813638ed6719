package dev.trustrules.internal.compile;

import dev.trustrules.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a DRL file's structure before the parser reads it, for the two mistakes whose parser errors
 * bury their cause: a block ({@code rule}, {@code declare}, {@code query}) without its {@code end}, which
 * makes the parser report errors all the way down the file, and brackets nested so deep that reading
 * them would exhaust the stack. Comments and the contents of string literals are ignored.
 */
final class DrlStructure {
    /** How deep brackets may nest; far above what a readable condition needs, far below the parser's stack. */
    static final int MAX_NESTING = 64;

    private static final Pattern KEYWORD = Pattern.compile("(?<![\\w$.])(rule|declare|query|end|function|import|global|package)(?![\\w$])");
    private static final Pattern NAME = Pattern.compile("\\s*(\"[^\"\\n]*\"|'[^'\\n]*'|[\\w.$]+)");

    private DrlStructure() {}

    /** The structural problems of {@code text} (shown as {@code file}), or none. */
    static List<Problem> check(String file, String text) {
        String code = codeOnly(text);
        List<Problem> problems = new ArrayList<>();
        Problem nesting = nesting(file, code);
        if (nesting != null) {
            problems.add(nesting);
        }
        problems.addAll(blocks(file, text, code));
        return problems;
    }

    private static Problem nesting(String file, String code) {
        int depth = 0;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '(' || c == '[' || c == '{') {
                if (++depth > MAX_NESTING) {
                    return new Problem(file, line, i - lineStart + 1, Problem.Severity.ERROR, "brackets nested more than "
                            + MAX_NESTING + " deep: split the expression into smaller conditions or bind parts to variables");
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return null;
    }

    private static List<Problem> blocks(String file, String text, String code) {
        List<Problem> problems = new ArrayList<>();
        Matcher token = KEYWORD.matcher(code);
        String open = null;
        int openLine = 0;
        while (token.find()) {
            String keyword = token.group(1);
            int line = lineOf(code, token.start());
            boolean startsLine = code.substring(code.lastIndexOf('\n', token.start() - 1) + 1, token.start()).isBlank();
            if (keyword.equals("end")) {
                if (!endsBlock(code, token)) {
                    continue;
                }
                if (open == null) {
                    problems.add(new Problem(file, line, token.start() - code.lastIndexOf('\n', token.start() - 1), Problem.Severity.ERROR,
                            "\"end\" without a rule, declare or query above it to close"));
                    return problems;
                }
                open = null;
            } else if (startsLine && (keyword.equals("rule") || keyword.equals("declare") || keyword.equals("query"))) {
                if (open != null) {
                    problems.add(missingEnd(file, open, openLine, keyword, line));
                    return problems;
                }
                Matcher name = NAME.matcher(text).region(token.end(), text.length());
                open = keyword + (name.lookingAt() ? " " + name.group(1) : "");
                openLine = line;
            } else if (startsLine && open != null) {
                problems.add(missingEnd(file, open, openLine, keyword, line));
                return problems;
            }
        }
        if (open != null) {
            problems.add(new Problem(file, openLine, 1, Problem.Severity.ERROR, open
                    + " has no \"end\" before the end of the file; add \"end\" where it should stop"));
        }
        return problems;
    }

    private static Problem missingEnd(String file, String open, int openLine, String next, int nextLine) {
        return new Problem(file, openLine, 1, Problem.Severity.ERROR, open + " has no \"end\": it runs into the " + next
                + " on line " + nextLine + "; add \"end\" where it should stop");
    }

    /** Whether an {@code end} token closes a block, rather than being a name in code ({@code end = 3}, {@code x.end}). */
    private static boolean endsBlock(String code, Matcher token) {
        int before = token.start() - 1;
        if (before >= 0 && !Character.isWhitespace(code.charAt(before))) {
            return false;
        }
        int after = token.end();
        while (after < code.length() && (code.charAt(after) == ' ' || code.charAt(after) == '\t')) {
            after++;
        }
        return after >= code.length() || code.charAt(after) == '\n' || code.charAt(after) == '\r'
                || Character.isLetter(code.charAt(after)) || code.charAt(after) == '/';
    }

    /** The 1-based line of {@code offset} in {@code code} (also for {@link RuleCatalog}). */
    static int lineOf(String code, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The text with comments and the contents of string and character literals (and text blocks) turned
     * into blanks, line breaks kept, so that offsets and lines agree with the original.
     */
    static String codeOnly(String text) {
        return blank(text, true);
    }

    /** The text with comments turned into blanks, string literals kept. */
    static String codeOnlyKeepingStrings(String text) {
        return blank(text, false);
    }

    private static String blank(String text, boolean strings) {
        char[] out = text.toCharArray();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    out[i++] = ' ';
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                int stop = close < 0 ? n : close + 2;
                for (; i < stop; i++) {
                    if (out[i] != '\n') {
                        out[i] = ' ';
                    }
                }
            } else if (c == '"' && text.startsWith("\"\"\"", i)) {
                int close = text.indexOf("\"\"\"", i + 3);
                int stop = close < 0 ? n : close + 3;
                for (int k = i + 3; strings && k < Math.min(stop, n) - (close < 0 ? 0 : 3); k++) {
                    if (out[k] != '\n') {
                        out[k] = ' ';
                    }
                }
                i = stop;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '\\' && i + 1 < n && text.charAt(i + 1) != '\n') {
                        out[i] = strings ? ' ' : out[i];
                        i++;
                    }
                    out[i] = strings ? ' ' : out[i];
                    i++;
                }
                i++;
            } else {
                i++;
            }
        }
        return new String(out);
    }
}
