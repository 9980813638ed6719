package dev.trustrules.spring.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-rule policy written to a directory, for tests that change rules. */
final class SmallPolicy {
    static final String RULE = """
            package rules;
            import dev.trustrules.*;
            import dev.trustrules.facts.*;
            import dev.trustrules.rules.*;
            rule "R-01 refund"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Order($paid : paidFen)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", $paid, 0L, Payer.SHOP, false));
            end
            """;

    private SmallPolicy() {}

    static Path write(Path root, String reason) {
        try {
            Files.createDirectories(root.resolve("rules"));
            Files.writeString(root.resolve("policy.properties"), "name=small\nversion=1\n");
            Files.writeString(root.resolve("rules/r.drl"), RULE.formatted(reason));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void breakIt(Path root) {
        try {
            Files.writeString(root.resolve("rules/broken.drl"), "package rules;\nrule \"half\" when\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
