package dev.trustrules.internal.compile;

import dev.trustrules.internal.compile.DecisionTableReader.CellProblem;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a decision table into DRL. A CSV table ({@code .drl.csv}) is read and checked by trust-rules
 * itself ({@link CsvGrid}, {@link DecisionTableReader}, {@link DecisionTableDrl}), so its problems are at
 * their cells and no spreadsheet library is needed. A spreadsheet ({@code .drl.xls}, {@code .drl.xlsx}) is
 * converted by Drools' {@code SpreadsheetCompiler} from {@code org.drools:drools-decisiontables}, an
 * optional dependency (it brings Apache POI), and then checked as DRL; without it on the class path a
 * spreadsheet is a problem that says which dependency to add.
 */
final class DecisionTables {
    static final String SPREADSHEET_DEPENDENCY = "org.drools:drools-decisiontables";

    private DecisionTables() {}

    /** The DRL of a table, and where its parts came from ({@code null} for a spreadsheet). */
    record Converted(String drl, TableSourceMap map) {}

    /** A table that cannot be turned into DRL, with its problems (row 0 when unknown). */
    static final class UnreadableTable extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<CellProblem> problems;

        UnreadableTable(List<CellProblem> problems) {
            super(problems.get(0).message());
            this.problems = List.copyOf(problems);
        }

        List<CellProblem> problems() {
            return problems;
        }
    }

    /**
     * The DRL of the table at {@code path}.
     *
     * @param text the file as UTF-8 text
     * @param content the file's bytes
     * @param strict whether the keywords that bring code of their own are refused
     */
    static Converted toDrl(String path, String text, byte[] content, boolean strict) throws UnreadableTable {
        if (path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return csv(text, strict, PolicyParser.folderPackage(path));
        }
        return spreadsheet(content, DecisionTables.class.getClassLoader());
    }

    /** The DRL of a spreadsheet, converted by Drools if {@code loader} has it. */
    static Converted spreadsheet(byte[] content, ClassLoader loader) throws UnreadableTable {
        try {
            Class.forName("org.drools.decisiontable.SpreadsheetCompiler", false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw unreadable(0, 0, "is a spreadsheet, and trust-rules reads spreadsheets with " + SPREADSHEET_DEPENDENCY + ": add "
                    + "that dependency (it brings Apache POI, about 18 MB), or save the table as CSV (.drl.csv), which trust-rules "
                    + "reads itself");
        }
        return new Converted(Spreadsheets.compile(content), null);
    }

    static Converted csv(String text, boolean strict, String folderPackage) throws UnreadableTable {
        CsvGrid grid;
        try {
            grid = CsvGrid.read(text);
        } catch (CsvGrid.Unreadable e) {
            throw unreadable(e.row(), e.column(), e.getMessage());
        }
        DecisionTableReader.Result read = DecisionTableReader.read(grid, strict, folderPackage);
        if (!read.problems().isEmpty()) {
            throw new UnreadableTable(read.problems());
        }
        DecisionTableDrl.Generated generated = DecisionTableDrl.write(read.sheet());
        return new Converted(generated.drl(), generated.map());
    }

    private static UnreadableTable unreadable(int row, int column, String message) {
        return new UnreadableTable(List.of(new CellProblem(row, column, message)));
    }

    /** Separate, so that this class loads without drools-decisiontables. */
    private static final class Spreadsheets {
        static String compile(byte[] content) throws UnreadableTable {
            try {
                return new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), InputType.XLS);
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw unreadable(0, 0, "is not a decision table that can be read: " + message);
            }
        }
    }
}
