package dev.trustrules.internal.compile;

import dev.trustrules.internal.Vocabulary;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the cells of one CONDITION or ACTION column of a decision table may hold, decided from the
 * column's code (its snippet, with {@code $param} where a cell's value goes, or {@code $1}, {@code $2} ...
 * for a cell of several values separated by commas) and its fact type, and the code each cell becomes.
 *
 * <p>A code without a placeholder is a flag: its cells are X or blank. Otherwise each placeholder takes
 * the kind of value its place in the code asks for: a constant after {@code Category.}; a whole number, a
 * number, true or false, a constant or a text in quotes when it is compared with a field of the fact; any
 * text inside quotes; code when the code is the placeholder alone; else a plain value.
 */
final class ColumnValues {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$param|\\$([1-9])(?!\\d)");
    private static final Pattern BEFORE_CONSTANT = Pattern.compile("([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*)\\.$");
    private static final Pattern FIELD_BEFORE = Pattern.compile("(?<![\\w$.])([a-z_][\\w$]*)\\s*(==|!=|<=|>=|<|>)\\s*$");
    private static final Pattern FIELD_AFTER = Pattern.compile("^\\s*(==|!=|<=|>=|<|>)\\s*([a-z_][\\w$]*)(?![\\w$(])");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\[btnfr\"'\\\\])*\"");
    private static final Pattern VALUE = Pattern.compile("-?\\d+(\\.\\d+)?[lLdD]?|" + STRING_LITERAL.pattern()
            + "|true|false|(?:[a-z_][\\w$]*\\.)*[A-Z][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)+");
    private static final String FLAG_FIX = "write X to turn it on, leave it blank to turn it off";

    /** What a placeholder's value must be. */
    enum Kind { CONSTANT, NAME, WHOLE_NUMBER, NUMBER, YES_NO, QUALIFIED_CONSTANT, QUOTED_TEXT, TEXT, CODE, VALUE }

    /**
     * One placeholder of the code.
     *
     * @param kind what its value must be
     * @param type the enum whose constant it is, or the type of the field it is compared with; {@code null} if neither
     * @param field the field it is compared with, as {@code Order.paidFen}, or {@code null}
     */
    record Slot(Kind kind, Class<?> type, String field) {}

    /** A part of the code a cell becomes: text of the column's code, or the cell's value. */
    record Piece(String text, boolean fromCell) {}

    private final List<Object> parts = new ArrayList<>(); // Strings of code, Integer placeholders (0 for $param)
    private final List<Slot> slots = new ArrayList<>(); // by placeholder: $param alone, or $1, $2 ...
    private final boolean indexed;
    private final String problem;

    private ColumnValues(String code, String problem, boolean indexed) {
        this.problem = problem;
        this.indexed = indexed;
        if (code != null) {
            split(code);
        }
    }

    /**
     * The values of a column.
     *
     * @param condition whether it is a CONDITION column (its placeholders may be compared with the fact's fields)
     * @param factType the fact type the column constrains, {@code null} when unknown
     * @param code the column's code, stripped
     * @param imports the classes the table imports
     */
    static ColumnValues of(boolean condition, Class<?> factType, String code, List<String> imports) {
        if (code.matches("(?s).*\\bforall\\s*\\(.*")) {
            return new ColumnValues(null, "forall(...){...} is not supported: write one row per value, or use $1, $2 ... for "
                    + "a cell of several values", false);
        }
        Matcher m = PLACEHOLDER.matcher(code);
        boolean param = false;
        int highest = 0;
        while (m.find()) {
            if (m.group(1) == null) {
                param = true;
            } else {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        if (param && highest > 0) {
            return new ColumnValues(null, "the code uses both $param and $" + highest + ": use $param for a cell of one value, or "
                    + "$1, $2 ... for a cell of several values separated by commas", false);
        }
        if (!param && highest == 0 && condition) {
            return new ColumnValues(null, "a CONDITION's code needs $param where the cell's value goes, for example "
                    + "category == Category.$param", false);
        }
        ColumnValues values = new ColumnValues(code, null, highest > 0);
        int count = param ? 1 : highest;
        for (int i = 0; i < count; i++) {
            values.slots.add(null);
        }
        for (int p = 0; p < values.parts.size(); p++) {
            if (values.parts.get(p) instanceof Integer index) {
                int slot = Math.max(0, index - 1);
                if (values.slots.get(slot) == null) {
                    values.slots.set(slot, values.slotAt(p, condition, factType, imports));
                }
            }
        }
        for (int i = 0; i < values.slots.size(); i++) {
            if (values.slots.get(i) == null) {
                return new ColumnValues(null, "the code uses $" + count + " but not $" + (i + 1) + ": number the values "
                        + "$1, $2 ... without a gap", false);
            }
        }
        return values;
    }

    /** Why the column's code cannot take values, or {@code null}. */
    String problem() {
        return problem;
    }

    boolean isFlag() {
        return slots.isEmpty();
    }

    private void split(String code) {
        Matcher m = PLACEHOLDER.matcher(code);
        int last = 0;
        while (m.find()) {
            parts.add(code.substring(last, m.start()));
            parts.add(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
            last = m.end();
        }
        parts.add(code.substring(last));
    }

    private Slot slotAt(int part, boolean condition, Class<?> factType, List<String> imports) {
        StringBuilder before = new StringBuilder();
        for (int p = 0; p < part; p++) {
            before.append(parts.get(p) instanceof String text ? text : "0");
        }
        StringBuilder after = new StringBuilder();
        for (int p = part + 1; p < parts.size(); p++) {
            after.append(parts.get(p) instanceof String text ? text : "0");
        }
        if (insideQuotes(before.toString())) {
            return new Slot(Kind.TEXT, null, null);
        }
        if (before.toString().isBlank() && after.toString().isBlank()) {
            return new Slot(Kind.CODE, null, null);
        }
        Matcher constant = BEFORE_CONSTANT.matcher(before);
        if (constant.find()) {
            Class<?> type = resolve(constant.group(1), imports);
            return type != null && type.isEnum() ? new Slot(Kind.CONSTANT, type, null) : new Slot(Kind.NAME, null, null);
        }
        if (condition && factType != null) {
            Matcher field = FIELD_BEFORE.matcher(before);
            String name = field.find() ? field.group(1) : null;
            if (name == null) {
                Matcher reversed = FIELD_AFTER.matcher(after);
                name = reversed.find() ? reversed.group(2) : null;
            }
            Class<?> fieldType = name == null ? null : fieldType(factType, name);
            if (fieldType != null) {
                return slotOf(fieldType, factType.getSimpleName() + "." + name);
            }
        }
        return new Slot(Kind.VALUE, null, null);
    }

    private static Slot slotOf(Class<?> type, String field) {
        if (type == long.class || type == int.class || type == short.class || type == byte.class || type == Long.class
                || type == Integer.class) {
            return new Slot(Kind.WHOLE_NUMBER, type, field);
        }
        if (type == double.class || type == float.class || type == Double.class || type == BigDecimal.class) {
            return new Slot(Kind.NUMBER, type, field);
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Slot(Kind.YES_NO, type, field);
        }
        if (type.isEnum()) {
            return new Slot(Kind.QUALIFIED_CONSTANT, type, field);
        }
        if (type == String.class) {
            return new Slot(Kind.QUOTED_TEXT, type, field);
        }
        return new Slot(Kind.VALUE, null, field);
    }

    /** Whether the code ends inside a text in quotes. */
    private static boolean insideQuotes(String code) {
        boolean inside = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (inside && c == '\\') {
                i++;
            } else if (c == '"') {
                inside = !inside;
            }
        }
        return inside;
    }

    /** The vocabulary class a table names by {@code name}, through its imports, or {@code null}. */
    static Class<?> resolve(String name, List<String> imports) {
        if (name.contains(".")) {
            return Vocabulary.type(name);
        }
        for (String imported : imports) {
            if (imported.endsWith("." + name)) {
                return Vocabulary.type(imported);
            }
        }
        for (String imported : imports) {
            if (imported.endsWith(".*")) {
                Class<?> type = Vocabulary.type(imported.substring(0, imported.length() - 1) + name);
                if (type != null) {
                    return type;
                }
            }
        }
        return null;
    }

    /** The type of {@code type}'s field (record component or getter) {@code name}, or {@code null}. */
    static Class<?> fieldType(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getType();
                }
            }
        }
        String capitalized = name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (String method : List.of(name, "get" + capitalized, "is" + capitalized)) {
            try {
                Method getter = type.getMethod(method);
                if (getter.getReturnType() != void.class) {
                    return getter.getReturnType();
                }
            } catch (NoSuchMethodException e) {
                // not this spelling
            }
        }
        return null;
    }

    /**
     * Why {@code cell} cannot be a value of this column, or {@code null}. A blank cell is not checked here.
     */
    String check(String cell) {
        String value = cell.strip();
        boolean code = slots.size() == 1 && slots.get(0).kind() == Kind.CODE;
        if (value.contains("\n") && !code) {
            return "a cell holds one line: remove the line break";
        }
        if (isFlag()) {
            return value.equals("X") || value.equals("x") ? null : "\"" + value + "\" is not a flag: " + FLAG_FIX;
        }
        List<String> values = indexed ? splitValues(value) : List.of(value);
        if (values.size() != slots.size()) {
            return "this cell holds " + values.size() + (values.size() == 1 ? " value" : " values") + " and the column's code takes "
                    + slots.size() + " ($1 to $" + slots.size() + "): separate them with commas, and write a comma inside a "
                    + "value as \\,";
        }
        for (int i = 0; i < values.size(); i++) {
            String problem = check(slots.get(i), values.get(i));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String check(Slot slot, String value) {
        String shown = "\"" + abbreviate(value) + "\"";
        switch (slot.kind()) {
            case CONSTANT -> {
                String simple = slot.type().getSimpleName();
                if (value.startsWith(simple + ".")) {
                    return "write " + value.substring(simple.length() + 1) + " alone: the column's code already writes " + simple
                            + ".$param";
                }
                return constant(slot.type(), value, shown);
            }
            case QUALIFIED_CONSTANT -> {
                String simple = slot.type().getSimpleName();
                if (!value.startsWith(simple + ".")) {
                    String named = constantNames(slot.type()).contains(value) ? simple + "." + value : simple + ".<constant>";
                    return slot.field() + " is a " + simple + ": write " + named + ", or write the column's code as "
                            + slot.field().substring(slot.field().indexOf('.') + 1) + " == " + simple + ".$param";
                }
                return constant(slot.type(), value.substring(simple.length() + 1), shown);
            }
            case NAME -> {
                return IDENTIFIER.matcher(value).matches() ? null : shown + " is not a name: the column's code puts it after a "
                        + "dot, so write a constant's name (letters, digits and _)";
            }
            case WHOLE_NUMBER -> {
                return wholeNumber(slot, value, shown);
            }
            case NUMBER -> {
                return DECIMAL.matcher(value).matches() ? null : slot.field() + " is a number, and " + shown + " is not: write "
                        + "digits, with a decimal point if needed (12.5)";
            }
            case YES_NO -> {
                return value.equals("true") || value.equals("false") ? null : slot.field() + " is yes/no: write true or false, not "
                        + shown;
            }
            case QUOTED_TEXT -> {
                return STRING_LITERAL.matcher(value).matches() ? null : slot.field() + " is text: write it in quotes (\"" + abbreviate(
                        value.replace("\"", "")) + "\"), or put quotes around $param in the column's code";
            }
            case TEXT, CODE -> {
                return null;
            }
            default -> {
                return VALUE.matcher(value).matches() ? null : shown + " is not a value: a cell of this column holds a number, a "
                        + "text in quotes, true or false, or a constant such as Category.FOOD (to write code in a cell, make the "
                        + "column's code $param alone)";
            }
        }
    }

    private static String wholeNumber(Slot slot, String value, String shown) {
        boolean fen = slot.field().endsWith("Fen");
        if (WHOLE.matcher(value).matches()) {
            try {
                long number = Long.parseLong(value);
                if ((slot.type() == int.class || slot.type() == Integer.class) && number != (int) number) {
                    return slot.field() + " holds numbers up to " + Integer.MAX_VALUE + ", and " + value + " is larger";
                }
                return null;
            } catch (NumberFormatException e) {
                return slot.field() + " holds numbers up to " + Long.MAX_VALUE + ", and " + value + " is larger";
            }
        }
        if (DECIMAL.matcher(value).matches()) {
            return fen ? "amounts are in fen: " + value + " CNY is " + fen(value) + "; write " + fen(value) + " (whole fen, no "
                    + "decimal point)" : slot.field() + " is a whole number: write " + shown + " without a decimal point";
        }
        String digits = value.replaceAll("[^0-9.]", "");
        if (fen) {
            String example = DECIMAL.matcher(digits).matches() ? fen(digits) : "a whole number of fen";
            return slot.field() + " is a number of fen (1 CNY = 100 fen), and " + shown + " is text: write " + example;
        }
        return slot.field() + " is a whole number, and " + shown + " is text: write digits only";
    }

    private static String fen(String cny) {
        return new BigDecimal(cny).movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String constant(Class<?> type, String name, String shown) {
        List<String> names = constantNames(type);
        if (names.contains(name)) {
            return null;
        }
        return shown + " is not a " + type.getSimpleName() + Suggestions.didYouMean(name, names) + " (it is one of "
                + String.join(", ", names) + ")";
    }

    private static List<String> constantNames(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        return names;
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\R", " ");
        return line.length() <= 40 ? line : line.substring(0, 37) + "...";
    }

    /** A cell of several values, split at commas ({@code \,} is a comma inside a value), each stripped. */
    static List<String> splitValues(String cell) {
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && cell.charAt(i + 1) == ',') {
                value.append(',');
                i++;
            } else if (c == ',') {
                values.add(value.toString().strip());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        values.add(value.toString().strip());
        return values;
    }

    /** The code {@code cell} (checked, not blank) becomes: the column's code with the cell's values in place. */
    List<Piece> render(String cell) {
        String value = cell.strip();
        List<String> values = isFlag() ? List.of() : indexed ? splitValues(value) : List.of(value);
        List<Piece> pieces = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String text) {
                if (!text.isEmpty()) {
                    pieces.add(new Piece(text, false));
                }
            } else {
                int slot = Math.max(0, (Integer) part - 1);
                String text = values.get(slot);
                pieces.add(new Piece(slots.get(slot).kind() == Kind.TEXT ? escaped(text) : text, true));
            }
        }
        return pieces;
    }

    /**
     * A cell's text for the inside of a Java string literal: a quote is escaped, a Java escape ({@code \n},
     * {@code \"}, a unicode escape) is kept as Drools keeps it, any other backslash is escaped. What a unicode
     * escape turns into is compiled and verified like any other code.
     */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "btnfr\"'\\u".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\\' || c == '"') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
