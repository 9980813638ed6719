package dev.trustrules.internal.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How rejected values appear in messages: quoted, and cut to a few dozen characters. */
public final class Echo {
    /** The most characters of a value a message repeats. */
    public static final int MAX = 40;
    private static final int MAX_MESSAGE = 400;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{" + (MAX + 1) + ",})\"");

    private Echo() {}

    /** The value cut to {@link #MAX} characters, with {@code ...} and the full length when cut. */
    public static String cut(String value) {
        if (value.length() <= MAX) {
            return value;
        }
        return value.substring(0, MAX) + "... (" + value.length() + " characters)";
    }

    /** {@code "value"}, cut: {@code "abc..." (8388608 characters)} for a long one. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        if (value.length() <= MAX) {
            return "\"" + value + "\"";
        }
        return "\"" + value.substring(0, MAX) + "...\" (" + value.length() + " characters)";
    }

    /**
     * A message written elsewhere (a record's constructor check) with every quoted value longer than
     * {@link #MAX} cut, and the whole kept to a few hundred characters.
     */
    public static String shorten(String message) {
        if (message == null) {
            return "invalid";
        }
        String text = message;
        if (text.length() > MAX + 2) {
            Matcher m = QUOTED.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(quote(m.group(1))));
            }
            m.appendTail(out);
            text = out.toString();
        }
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE) + "... (" + text.length() + " characters)";
    }
}
