package dev.trustrules.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/** Fact documents and small policy releases for the Flink tests. */
final class Facts {
    static final Path CORPUS = Path.of("src/test/resources/corpus/past-claims.jsonl");
    static final Path DEFAULT_POLICY_DIR = Path.of("../trust-rules-drl/src/main/resources/trust-rules/default-policy");

    private Facts() {}

    /** The 42 documents of the corpus the CLI's diff tests use. */
    static List<String> corpus() {
        try {
            return Files.readAllLines(CORPUS, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A counterfeit claim on order {@code o-<n>}, paid 1.00 CNY. */
    static String claim(int n) {
        return """
                {"evaluatedAt":"2026-03-05T10:00:00+08:00",\
                "order":{"id":"o-%d","buyerId":"b-1","shopId":"s-1","productId":"p-1","category":"APPAREL","paidFen":100,\
                "currency":"CNY","paidAt":"2026-03-01T10:00:00+08:00","deliveredAt":"2026-03-03T10:00:00+08:00",\
                "guarantees":["FAKE_ONE_PAY_TEN"],"authenticated":false},\
                "buyer":{"id":"b-1","creditScore":700,"refundWithoutReturnCount90d":0,"abuseFlag":false,"maliciousClaimsRejected180d":0},\
                "claim":{"id":"c-%d","orderId":"o-%d","type":"COUNTERFEIT","filedAt":"2026-03-03T11:00:00+08:00",\
                "authenticityVerdict":"FAKE","appraisalFeeFen":0,"freightFen":0,"evidenceAttached":true,"itemIntact":true,\
                "spoiledPercent":0,"buyerCausedDamage":false,"priorClaimsSameProduct180d":0}}""".formatted(n, n, n);
    }

    static List<String> claims(int from, int to) {
        return IntStream.range(from, to).mapToObj(Facts::claim).toList();
    }

    /** A release {@code flink-test@<version>} whose one rule grants FAKE_ONE_PAY_TEN with reason {@code reason}. */
    static PolicyRelease release(String version, String reason) {
        return PolicyRelease.of("flink-test", version, files(version, rule(reason)));
    }

    static Map<String, byte[]> files(String version, String rules) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("policy.properties", ("name=flink-test\nversion=" + version + "\n").getBytes(StandardCharsets.UTF_8));
        files.put("rules/grant.drl", rules.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static String rule(String reason) {
        return """
                package rules;
                import dev.trustrules.*;
                import dev.trustrules.facts.*;
                import dev.trustrules.rules.*;
                rule "F-01 refund"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "%s", 100, 0, Payer.SHOP, false));
                end
                """.formatted(reason);
    }
}
