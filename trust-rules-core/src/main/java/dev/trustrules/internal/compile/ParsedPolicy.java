package dev.trustrules.internal.compile;

import dev.trustrules.Problem;
import dev.trustrules.internal.load.PolicySource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * One version's rule files, read and parsed, with where each rule, function and declared type is, so
 * that what later stages find (a compile error, a refused call) is reported at the file and line an
 * analyst edits.
 *
 * @param source the version
 * @param files every rule file, in path order
 * @param items the rules ({@code rule:<name>}, and {@code rule:<package>#<name>}), functions ({@code function:<package>.<name>}) and declared
 *     types ({@code type:<package>.<Name>}) of the files; of two with one key, the first in path order
 */
public record ParsedPolicy(PolicySource source, List<ParsedFile> files, Map<String, Item> items) {

    public ParsedPolicy {
        files = List.copyOf(files);
        items = Map.copyOf(items);
    }

    /**
     * A rule file: its DRL (for a decision table, the DRL generated from it) and what it declares.
     *
     * @param path the path relative to the policy root, as in {@link PolicySource#ruleFiles()}
     * @param text the file as written (a decision table's CSV; empty for a spreadsheet)
     * @param drl the DRL compiled: {@code text} itself, or the DRL generated from a decision table
     * @param descr the parsed DRL
     * @param table for a CSV decision table, which cell each part of {@code drl} came from; else {@code null}
     */
    public record ParsedFile(String path, String text, String drl, PackageDescr descr, TableSourceMap table) {
        private static final Pattern TABLE_ROW = Pattern.compile("// rule values at [A-Z]+(\\d+)");

        public boolean isTable() {
            return !Objects.equals(text, drl);
        }

        /** The DRL package of the file. */
        public String packageName() {
            return descr.getName() == null ? "" : descr.getName();
        }

        /**
         * Where in the file as written an item of the compiled DRL at {@code drlLine} is: the same line for
         * DRL, the table row that generated it for a decision table.
         */
        public int lineAsWritten(int drlLine) {
            return asWritten(drlLine, 0).line();
        }

        /**
         * Where in the file as written the text at {@code drlLine}, {@code drlColumn} of the compiled DRL is: the same
         * place for DRL; for a CSV decision table, the row and column of the cell the text came from (the code row for a
         * column's code, the rule's row for its values); for a spreadsheet, the rule's row. 0 when unknown.
         */
        public Position asWritten(int drlLine, int drlColumn) {
            if (!isTable()) {
                return new Position(drlLine, drlColumn);
            }
            if (table != null) {
                TableSourceMap.Cell cell = table.cellAt(drlLine, drlColumn);
                return cell == null ? new Position(0, 0) : new Position(cell.row(), cell.column());
            }
            String[] lines = drl.split("\\R", -1);
            for (int i = Math.min(drlLine, lines.length) - 1; i >= 0; i--) {
                Matcher row = TABLE_ROW.matcher(lines[i]);
                if (row.find()) {
                    return new Position(Integer.parseInt(row.group(1)), 0);
                }
            }
            return new Position(0, 0);
        }

        /** {@code problem}, found at a line and column of the compiled DRL, at its place in the file as written. */
        public Problem asWritten(Problem problem) {
            Position place = asWritten(problem.line(), problem.column());
            return new Problem(problem.file(), place.line(), place.column(), problem.severity(), problem.message());
        }

        /** Whether a place in the DRL can be found in the file as written by searching the DRL's text. */
        boolean isSearchable() {
            return !isTable() || table != null;
        }
    }

    /** A place in a rule file as written, 1-based (0 when unknown). */
    public record Place(String file, int line, int column) {}

    /** A line and column of a rule file, 1-based (0 when unknown); a decision table's row and column. */
    public record Position(int line, int column) {}

    /** What a rule, function or declared type is called and where its text is in the compiled DRL. */
    public record Item(ParsedFile file, String kind, String name, int line, int column, int endLine) {}

    /**
     * Where on its first line the first of {@code tokens} that {@code item} uses is (a loop's {@code while},
     * {@code for} or {@code do}), or the item's own place if none is found.
     */
    public Place locateFirst(Item item, List<String> tokens) {
        Position best = null;
        for (String token : tokens) {
            Position found = search(item, token, token.contains(item.name()));
            if (found != null && (best == null || found.line() < best.line()
                    || found.line() == best.line() && found.column() < best.column())) {
                best = found;
            }
        }
        return best != null ? place(item.file(), best.line(), best.column()) : locate(item, null);
    }

    private static int afterName(String line, String name) {
        int at = line.indexOf(name);
        return at < 0 ? 0 : at + name.length();
    }

    /** DRL text with its comments blanked (line breaks and string literals kept, so lines and columns agree). */
    public static String withoutComments(String drl) {
        return DrlStructure.codeOnlyKeepingStrings(drl);
    }

    /** The rule named {@code name}, or {@code null}. */
    public Item rule(String name) {
        return items.get("rule:" + name);
    }

    /** The rule named {@code name} in the DRL package {@code pkg}, else the first rule of that name, or {@code null}. */
    public Item rule(String pkg, String name) {
        Item item = items.get("rule:" + pkg + "#" + name);
        return item != null ? item : rule(name);
    }

    /** The DRL package a generated class belongs to: its Java package, without the lambdas' {@code P<hash>} folder. */
    public static String packageOfClass(String internalName) {
        int slash = internalName.lastIndexOf('/');
        String pkg = slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
        return pkg.matches("(.*\\.)?P[0-9A-F]{2}") ? (pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "") : pkg;
    }

    /**
     * A fingerprint of each rule's text (its lines, from {@code rule} to {@code end}, and its package), by rule
     * name: equal fingerprints mean the rule was not edited.
     */
    public Map<String, String> ruleFingerprints() {
        Map<String, String> fingerprints = new java.util.TreeMap<>();
        items.forEach((key, item) -> {
            if (key.startsWith("rule:")) {
                String[] lines = item.file().drl().split("\\R", -1);
                StringBuilder text = new StringBuilder(item.file().packageName()).append('\n');
                for (int i = item.line(); i <= Math.min(item.endLine(), lines.length); i++) {
                    text.append(lines[i - 1].strip()).append('\n');
                }
                fingerprints.put(item.name(), Fingerprints.of(text.toString()));
            }
        });
        return fingerprints;
    }

    /** The file of {@code path}, or {@code null}. */
    public ParsedFile file(String path) {
        for (ParsedFile file : files) {
            if (file.path().equals(path)) {
                return file;
            }
        }
        return null;
    }

    /** How {@code path} is shown in problems: relative to the policy root, under {@code versions/} for an overlay file. */
    public String display(String path) {
        return source.displayPath(path);
    }

    /**
     * Where {@code item} uses {@code token}: its first occurrence as a word on the item's lines, or the item's
     * own line if the token cannot be found (for instance when it was spelled with unicode escapes).
     */
    public Place locate(Item item, String token) {
        return locate(item, token, token != null && token.contains(item.name()));
    }

    /**
     * As {@link #locate(Item, String)}; with {@code nameToo} false the item's own name on its first line is
     * skipped even when the token is that name (a function calling itself is found at the call).
     */
    public Place locate(Item item, String token, boolean nameToo) {
        Position found = token == null || token.isBlank() ? null : search(item, token, nameToo);
        return found != null ? place(item.file(), found.line(), found.column()) : place(item.file(), item.line(), item.file().isTable() ? 0
                : item.column());
    }

    /** Where in the DRL {@code token} first occurs as a word on the lines of {@code item}, or {@code null}. */
    private static Position search(Item item, String token, boolean nameToo) {
        ParsedFile file = item.file();
        if (token.isBlank() || !file.isSearchable()) {
            return null;
        }
        String[] lines = file.drl().split("\\R", -1);
        Pattern word = Pattern.compile((Character.isJavaIdentifierPart(token.charAt(0)) ? "(?<![\\w$])" : "")
                + Pattern.quote(token) + (Character.isJavaIdentifierPart(token.charAt(token.length() - 1)) ? "(?![\\w$])" : ""));
        for (int i = Math.max(1, item.line()); i <= Math.min(item.endLine(), lines.length); i++) {
            Matcher m = word.matcher(lines[i - 1]);
            // on the item's first line, look after its name: "rule "X-01 timer"" must not be found for "timer"
            int from = i == item.line() && !nameToo ? afterName(lines[i - 1], item.name()) : 0;
            if (m.find(from)) {
                return new Position(i, m.start() + 1);
            }
        }
        return null;
    }

    /** The place in the file as written of line {@code drlLine}, column {@code drlColumn} of {@code file}'s compiled DRL. */
    public Place place(ParsedFile file, int drlLine, int drlColumn) {
        Position position = file.asWritten(drlLine, drlColumn);
        return new Place(display(file.path()), position.line(), position.column());
    }
}
