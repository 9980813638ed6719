package dev.trustrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes small policies to a directory for engine tests. */
public final class TestPolicies {
    public static final String HEADER = """
            import dev.trustrules.*;
            import dev.trustrules.facts.*;
            import dev.trustrules.rules.*;
            """;

    private static final String REFUND_RULE = """
            rule "R-01 refund"
            when
                ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                Order($paid : paidFen)
            then
                insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", $paid, 1200L, Payer.SHOP, false));
            end
            """;

    private TestPolicies() {}

    /** Rule "R-01 refund": fake-one-pay-ten granted with {@code reason}, the price refunded and 12.00 CNY on top. */
    public static String refundRule(String reason) {
        return REFUND_RULE.formatted(reason);
    }

    /** Writes policy.properties (name=test, version=1) and each file; returns the root. */
    public static Path write(Path root, Map<String, String> files) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("policy.properties", "name=test\nversion=1\n");
        all.putAll(files);
        try {
            for (Map.Entry<String, String> file : all.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** One DRL file {@code rules/test.drl} in package {@code rules}, with the vocabulary imported. */
    public static Path withRules(Path root, String rules) {
        return write(root, Map.of("rules/test.drl", "package rules;\n" + HEADER + rules));
    }

    public static TrustPolicy build(Path root) {
        return TrustPolicy.builder().fromDirectory(root).build();
    }
}
