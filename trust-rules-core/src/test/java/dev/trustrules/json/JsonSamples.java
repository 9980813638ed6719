package dev.trustrules.json;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Complete documents of the JSON form, every optional field given: a request holding every kind of
 * fact, and a decision holding every kind of item. The field lists below are the specification the
 * strict-reading tests check the code against.
 */
final class JsonSamples {
    private JsonSamples() {}

    /** The required fields of each fact of a request, in the records' order. */
    static final Map<String, String[]> REQUIRED = ordered(
            "order", new String[] {"id", "buyerId", "shopId", "category", "paidFen", "paidAt", "authenticated"},
            "buyer", new String[] {"id", "creditScore", "refundWithoutReturnCount90d", "abuseFlag", "maliciousClaimsRejected180d"},
            "shop", new String[] {"id", "ownerId", "status", "violationPoints365d", "confirmedCounterfeits365d", "experienceScore",
                "depositFen", "requiredDepositFen"},
            "claim", new String[] {"type", "filedAt", "appraisalFeeFen", "freightFen", "evidenceAttached", "itemIntact",
                "spoiledPercent", "buyerCausedDamage", "priorClaimsSameProduct180d"},
            "violation", new String[] {"id", "type", "occurredAt", "particularlySerious"},
            "listing", new String[] {"id", "shopId", "category", "brandAuthorised", "priceFen", "publishedAt"},
            "application", new String[] {"id", "personId", "appliedAt"},
            "brand", new String[] {"id", "name", "foundedOn", "ownBrandGmvShareBasisPoints", "liveRoomMonthlyAvgGmvFen",
                "platformIsCoreChannel"},
            "creator", new String[] {"id", "status", "violationPoints365d", "confirmedCounterfeits365d", "wordOfMouth"},
            "shopScores", new String[] {"shopId", "experience", "product", "repeatCustomers"},
            "reports", new String[] {"subject", "subjectId", "reports30d", "confirmedReports30d"});

    /** The optional fields of each fact ({@code violation.points} is required except for a counterfeit sale). */
    static final Map<String, String[]> OPTIONAL = ordered(
            "order", new String[] {"productId", "currency", "deliveredAt", "guarantees"},
            "buyer", new String[] {"trustCardRevokedUntil"},
            "shop", new String[] {"licenceId", "streamerId", "depositShortfallSince"},
            "claim", new String[] {"id", "orderId", "authenticityVerdict", "returnReason"},
            "violation", new String[] {"shopId", "points", "listingId", "creatorId", "liveRoomOwnerId"},
            "listing", new String[] {"brand", "brandReferencePriceFen", "currency"},
            "application", new String[] {"licenceId", "bannedShopOfPerson", "bannedShopOfLicence"},
            "brand", new String[] {},
            "creator", new String[] {"repeatCustomers"},
            "shopScores", new String[] {},
            "reports", new String[] {});

    /** The required fields of a decision and of its parts. */
    static final Map<String, String[]> DECISION_REQUIRED = ordered(
            "decision", new String[] {"policy", "evaluatedAt", "guarantees", "entitlements", "denials", "sanctions", "notes",
                "firedRules"},
            "policy", new String[] {"name", "version", "sha256"},
            "guarantees", new String[] {"type", "rule", "reason"},
            "entitlements", new String[] {"type", "refundFen", "payoutFen", "currency", "payer", "returnRequired", "rule", "reason"},
            "denials", new String[] {"type", "rule", "reason"},
            "sanctions", new String[] {"type", "days", "points", "rule", "reason"},
            "notes", new String[] {"code", "rule"},
            "standings", new String[] {"actor", "actorId", "tier", "rule", "reason"},
            "traffic", new String[] {"actor", "actorId", "weight", "rule", "reason"});

    static JsonDocument request() {
        return new JsonDocument()
                .raw("evaluatedAt", "\"2026-03-10T10:00:00+08:00\"")
                .object("order", fields("id", "\"o-1\"", "buyerId", "\"b-1\"", "shopId", "\"s-1\"", "productId", "\"p-1\"",
                        "category", "\"COSMETICS\"", "paidFen", "19900", "currency", "\"CNY\"",
                        "paidAt", "\"2026-03-01T10:00:00+08:00\"", "deliveredAt", "\"2026-03-03T10:00:00+08:00\"",
                        "guarantees", "[\"FAKE_ONE_PAY_TEN\"]", "authenticated", "false"))
                .object("buyer", fields("id", "\"b-1\"", "creditScore", "720", "refundWithoutReturnCount90d", "1", "abuseFlag", "false",
                        "maliciousClaimsRejected180d", "0", "trustCardRevokedUntil", "\"2026-01-01T00:00:00+08:00\""))
                .object("shop", fields("id", "\"s-1\"", "ownerId", "\"p-9\"", "licenceId", "\"lic-1\"", "streamerId", "\"st-1\"",
                        "status", "\"ACTIVE\"", "violationPoints365d", "6", "confirmedCounterfeits365d", "0", "experienceScore", "4.6",
                        "depositFen", "100000", "requiredDepositFen", "500000", "depositShortfallSince", "\"2026-03-05T10:00:00+08:00\""))
                .object("claim", fields("id", "\"c-1\"", "orderId", "\"o-1\"", "type", "\"COUNTERFEIT\"",
                        "filedAt", "\"2026-03-08T10:00:00+08:00\"", "authenticityVerdict", "\"FAKE\"", "appraisalFeeFen", "5000",
                        "freightFen", "1200", "returnReason", "\"QUALITY_PROBLEM\"", "evidenceAttached", "true", "itemIntact", "true",
                        "spoiledPercent", "0", "buyerCausedDamage", "false", "priorClaimsSameProduct180d", "0"))
                .object("violation", fields("id", "\"v-1\"", "shopId", "\"s-1\"", "type", "\"FALSE_ADVERTISING\"", "points", "6",
                        "occurredAt", "\"2026-03-09T10:00:00+08:00\"", "particularlySerious", "false", "listingId", "\"l-1\"",
                        "creatorId", "\"c-1\"", "liveRoomOwnerId", "\"c-1\""))
                .object("listing", fields("id", "\"l-1\"", "shopId", "\"s-1\"", "category", "\"COSMETICS\"", "brand", "\"Acme\"",
                        "brandAuthorised", "false", "priceFen", "990", "brandReferencePriceFen", "19900", "currency", "\"CNY\"",
                        "publishedAt", "\"2026-03-09T12:00:00+08:00\""))
                .object("application", fields("id", "\"a-1\"", "personId", "\"p-9\"", "licenceId", "\"lic-2\"",
                        "appliedAt", "\"2026-03-09T13:00:00+08:00\"", "bannedShopOfPerson", "\"s-0\"", "bannedShopOfLicence", "\"s-00\""))
                .object("brand", fields("id", "\"br-1\"", "name", "\"Acme\"", "foundedOn", "\"2023-06-01\"",
                        "ownBrandGmvShareBasisPoints", "3500", "liveRoomMonthlyAvgGmvFen", "300000000", "platformIsCoreChannel", "true"))
                .object("creator", fields("id", "\"c-1\"", "status", "\"ACTIVE\"", "violationPoints365d", "3", "confirmedCounterfeits365d", "0",
                        "wordOfMouth", "{\"overall\": 4.5, \"buyerReviews\": 4.4, \"productReviews\": 4.6, \"serviceReputation\": 4.3}",
                        "repeatCustomers", "{\"recommendationIndex\": 70, \"netPromoterScore\": -5}"))
                .object("shopScores", fields("shopId", "\"s-1\"",
                        "experience", "{\"overall\": 4.6, \"productQuality\": 4.5, \"deliverySpeed\": 4.4, \"serviceLevel\": 4.7, "
                                + "\"operatingReliability\": 4.8}",
                        "product", "{\"overall\": 4.7, \"content\": 4.1, \"heat\": 4.2, \"quality\": 4.3, \"service\": 4.4, "
                                + "\"brandMomentum\": 4.5, \"price\": 4.6}",
                        "repeatCustomers", "{\"recommendationIndex\": 65, \"netPromoterScore\": 35}"))
                .object("reports", fields("subject", "\"SHOP\"", "subjectId", "\"s-1\"", "reports30d", "12", "confirmedReports30d", "2"));
    }

    static JsonDocument decision() {
        return new JsonDocument()
                .object("policy", fields("name", "\"p\"", "version", "\"1\"", "sha256", "\"abc\""))
                .raw("evaluatedAt", "\"2026-03-02T10:00:00+08:00\"")
                .raw("buyerTier", "\"GOLD\"")
                .raw("guarantees", "[{\"type\": \"FAKE_ONE_PAY_TEN\", \"rule\": \"G\", \"reason\": \"SHOP_ENROLLED\"}]")
                .raw("entitlements", "[{\"type\": \"FAKE_ONE_PAY_TEN\", \"refundFen\": 19900, \"payoutFen\": 199000, \"currency\": \"CNY\", "
                        + "\"payer\": \"SHOP\", \"returnRequired\": false, \"rule\": \"R\", \"reason\": \"COUNTERFEIT_CONFIRMED\"}]")
                .raw("denials", "[{\"type\": \"FREIGHT_INSURANCE\", \"rule\": \"D\", \"reason\": \"NO_FREIGHT_PAID\", \"detail\": \"none\"}]")
                .raw("sanctions", "[{\"type\": \"SHOP_SUSPENSION\", \"days\": 14, \"points\": 0, \"rule\": \"S\", \"reason\": \"POINTS\", "
                        + "\"detail\": \"24 points\"}]")
                .raw("notes", "[{\"code\": \"LISTING_CLEARED\", \"rule\": \"N\", \"detail\": \"no signal\"}]")
                .raw("standings", "[{\"actor\": \"SHOP\", \"actorId\": \"s-1\", \"tier\": \"HIGH\", \"rule\": \"T\", "
                        + "\"reason\": \"HIGH_TRUST_RECORD\", \"detail\": \"4.6\"}]")
                .raw("traffic", "[{\"actor\": \"SHOP\", \"actorId\": \"s-1\", \"weight\": \"BOOST\", \"rule\": \"W\", "
                        + "\"reason\": \"HIGH_TRUST_REPEAT_CUSTOMERS\", \"detail\": \"index 70\"}]")
                .raw("firedRules", "[\"D\", \"G\", \"N\", \"R\", \"S\", \"T\", \"W\"]");
    }

    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static Map<String, String[]> ordered(Object... keysAndValues) {
        Map<String, String[]> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], (String[]) keysAndValues[i + 1]);
        }
        return map;
    }
}
