package dev.trustrules.internal.compile;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a decision table ({@code .drl.csv}, {@code .drl.xls}, {@code .drl.xlsx}) into DRL, with
 * {@code org.drools:drools-decisiontables}, an optional dependency: without it on the class path a
 * table is a problem that says which dependency to add.
 */
final class DecisionTables {
    private DecisionTables() {}

    /** A table that cannot be turned into DRL, and the row to look at (0 when unknown). */
    static final class UnreadableTable extends Exception {
        private static final long serialVersionUID = 1L;
        private final int row;

        UnreadableTable(String message, int row) {
            super(message);
            this.row = row;
        }

        int row() {
            return row;
        }
    }

    static String toDrl(String path, byte[] content) throws UnreadableTable {
        try {
            Class.forName("org.drools.decisiontable.SpreadsheetCompiler", false, DecisionTables.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new UnreadableTable("is a decision table, and decision tables need org.drools:drools-decisiontables "
                    + "on the class path (trust-rules-drl brings it)", 0);
        }
        return Compiler.compile(path, content);
    }

    /** Separate, so that this class loads without drools-decisiontables. */
    private static final class Compiler {
        static String compile(String path, byte[] content) throws UnreadableTable {
            InputType type = path.toLowerCase(Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
            try {
                return new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new UnreadableTable("is not a decision table that can be read: " + message, 0);
            }
        }
    }
}
