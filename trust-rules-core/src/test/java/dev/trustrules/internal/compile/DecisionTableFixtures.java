package dev.trustrules.internal.compile;

import java.util.List;

/** Decision tables as CSV text, compiled the way {@link PolicyParser} compiles a {@code .drl.csv}. */
final class DecisionTableFixtures {
    /** The first rows of a table file: the package and the imports the tables below use. */
    static final String HEAD = """
            RuleSet,guarantees
            Import,"dev.trustrules.facts.Order, dev.trustrules.facts.Category, dev.trustrules.facts.BuyerAccount, \
            dev.trustrules.rules.AddNote"
            """;

    private DecisionTableFixtures() {}

    /** The DRL of a table that has no problems (strict). */
    static String drl(String csv) throws DecisionTables.UnreadableTable {
        return DecisionTables.csv(csv, true, "guarantees").drl();
    }

    /** The problems of a table, as {@code row:column: message}; none if it compiles. */
    static List<String> problems(String csv, boolean strict) {
        try {
            DecisionTables.csv(csv, strict, "guarantees");
            return List.of();
        } catch (DecisionTables.UnreadableTable e) {
            return e.problems().stream().map(p -> p.row() + ":" + p.column() + ": " + p.message()).toList();
        }
    }

    static List<String> problems(String csv) {
        return problems(csv, true);
    }
}
