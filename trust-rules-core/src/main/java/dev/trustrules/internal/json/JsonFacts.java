package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Note;
import dev.trustrules.Sanction;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Brand;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.json.TrustJsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The JSON form of requests and decisions, on Jackson's streaming API so that every error carries
 * the JSON path and the line and column. {@link #readRequest(JsonParser, String)} works on any Jackson
 * parser, so a YAML parser reads the same facts (scenario files).
 */
public final class JsonFacts {
    /** The platform's offset: timestamps are written at {@code +08:00}. */
    public static final ZoneOffset PLATFORM_OFFSET = ZoneOffset.ofHours(8);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private static final List<String> REQUEST_FIELDS = List.of("evaluatedAt", "order", "buyer", "shop", "claim", "violation",
            "listing", "application", "brand");
    private static final List<String> LISTING_FIELDS = List.of("id", "shopId", "category", "brand", "brandAuthorised",
            "priceFen", "brandReferencePriceFen", "currency", "publishedAt");
    private static final List<String> APPLICATION_FIELDS = List.of("id", "personId", "licenceId", "appliedAt",
            "bannedShopOfPerson", "bannedShopOfLicence");
    private static final List<String> BRAND_FIELDS = List.of("id", "name", "foundedOn", "ownBrandGmvShareBasisPoints",
            "liveRoomMonthlyAvgGmvFen", "platformIsCoreChannel");
    private static final List<String> ORDER_FIELDS = List.of("id", "buyerId", "shopId", "productId", "category", "paidFen",
            "currency", "paidAt", "deliveredAt", "guarantees", "authenticated");
    private static final List<String> BUYER_FIELDS = List.of("id", "creditScore", "refundWithoutReturnCount90d", "abuseFlag",
            "maliciousClaimsRejected180d", "trustCardRevokedUntil");
    private static final List<String> SHOP_FIELDS = List.of("id", "ownerId", "licenceId", "streamerId", "status",
            "violationPoints365d", "confirmedCounterfeits365d", "experienceScore", "depositFen", "requiredDepositFen",
            "depositShortfallSince");
    private static final List<String> CLAIM_FIELDS = List.of("id", "orderId", "type", "filedAt", "authenticityVerdict",
            "appraisalFeeFen", "freightFen", "returnReason", "evidenceAttached", "itemIntact", "spoiledPercent",
            "buyerCausedDamage", "priorClaimsSameProduct180d");
    private static final List<String> VIOLATION_FIELDS = List.of("id", "shopId", "type", "points", "occurredAt",
            "particularlySerious", "listingId");

    private JsonFacts() {}

    /** A parser for JSON text with the settings every reader here uses (duplicate keys are errors). */
    public static JsonParser parser(Reader reader) throws IOException {
        return FACTORY.createParser(reader);
    }

    /** A parser over one JSON text held in a string. */
    public static JsonParser parser(String json) throws IOException {
        return FACTORY.createParser(json);
    }

    /** Reads exactly one request document from the reader; trailing content is an error. */
    public static TrustRequest readRequest(Reader reader) {
        try (JsonParser parser = parser(reader)) {
            return readWholeDocument(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request: " + e.getMessage(), e);
        }
    }

    /** Reads exactly one request document from the string; trailing content is an error. */
    public static TrustRequest readRequest(String json) {
        try (JsonParser parser = parser(json)) {
            return readWholeDocument(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request: " + e.getMessage(), e);
        }
    }

    private static TrustRequest readWholeDocument(JsonParser parser) throws IOException {
        try {
            if (parser.nextToken() == null) {
                throw new TrustJsonException("", 1, 1, "empty document; expected a JSON object with order, buyer, shop, claim or violation");
            }
            TrustRequest request = readRequest(parser, "");
            if (parser.nextToken() != null) {
                throw error(parser, "", "unexpected content after the end of the document");
            }
            return request;
        } catch (JsonProcessingException e) {
            throw malformed(e, "JSON");
        }
    }

    /** A malformed-document error, with Jackson's location but without its source excerpt or stack. */
    public static TrustJsonException malformed(JsonProcessingException e, String format) {
        JsonLocation at = e.getLocation();
        String what = e.getOriginalMessage();
        if (what == null) {
            what = e.getClass().getSimpleName();
        }
        int newline = what.indexOf('\n');
        if (newline >= 0) {
            what = what.substring(0, newline);
        }
        return new TrustJsonException("", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "malformed " + format + ": " + what.strip());
    }

    /**
     * Reads a request object whose START_OBJECT is the parser's current token; on return the current
     * token is its END_OBJECT. {@code prefix} is prepended to every path in errors ({@code "given."}).
     */
    public static TrustRequest readRequest(JsonParser p, String prefix) throws IOException {
        expectObject(p, pathOf(prefix, ""), "a request object with " + String.join(", ", REQUEST_FIELDS));
        JsonLocation start = p.currentTokenLocation();
        Instant evaluatedAt = null;
        Order order = null;
        BuyerAccount buyer = null;
        ShopAccount shop = null;
        ClaimFields claim = null;
        ViolationFields violation = null;
        Listing listing = null;
        ShopApplication application = null;
        Brand brand = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = prefix + field;
            switch (field) {
                case "evaluatedAt" -> evaluatedAt = timestamp(p, path);
                case "order" -> order = p.currentToken() == JsonToken.VALUE_NULL ? null : readOrder(p, path);
                case "buyer" -> buyer = p.currentToken() == JsonToken.VALUE_NULL ? null : readBuyer(p, path);
                case "shop" -> shop = p.currentToken() == JsonToken.VALUE_NULL ? null : readShop(p, path);
                case "claim" -> claim = p.currentToken() == JsonToken.VALUE_NULL ? null : readClaim(p, path);
                case "violation" -> violation = p.currentToken() == JsonToken.VALUE_NULL ? null : readViolation(p, path);
                case "listing" -> listing = p.currentToken() == JsonToken.VALUE_NULL ? null : readListing(p, path);
                case "application" -> application = p.currentToken() == JsonToken.VALUE_NULL ? null : readApplication(p, path);
                case "brand" -> brand = p.currentToken() == JsonToken.VALUE_NULL ? null : readBrand(p, path);
                default -> throw unknownField(p, path, REQUEST_FIELDS);
            }
        }
        AfterSaleClaim afterSale = claim == null ? null : claim.build(order, prefix);
        ViolationRecord record = violation == null ? null : violation.build(shop, prefix);
        try {
            return new TrustRequest(evaluatedAt, order, buyer, shop, afterSale, record, listing, application, brand);
        } catch (IllegalArgumentException e) {
            throw new TrustJsonException(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    start.getLineNr(), start.getColumnNr(), e.getMessage());
        }
    }

    private static Order readOrder(JsonParser p, String path) throws IOException {
        expectObject(p, path, "an order object");
        JsonLocation start = p.currentTokenLocation();
        String id = null;
        String buyerId = null;
        String shopId = null;
        String productId = null;
        Category category = null;
        long paidFen = 0;
        String currency = null;
        Instant paidAt = null;
        Instant deliveredAt = null;
        Set<EntitlementType> guarantees = null;
        boolean authenticated = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            switch (field) {
                case "id" -> id = text(p, at);
                case "buyerId" -> buyerId = text(p, at);
                case "shopId" -> shopId = text(p, at);
                case "productId" -> productId = text(p, at);
                case "category" -> category = enumValue(p, at, Category.class);
                case "paidFen" -> paidFen = fen(p, at);
                case "currency" -> currency = text(p, at);
                case "paidAt" -> paidAt = timestamp(p, at);
                case "deliveredAt" -> deliveredAt = timestamp(p, at);
                case "guarantees" -> guarantees = entitlementTypes(p, at);
                case "authenticated" -> authenticated = bool(p, at);
                default -> throw unknownField(p, at, ORDER_FIELDS);
            }
        }
        try {
            return new Order(id, buyerId, shopId, productId, category, paidFen, currency, paidAt, deliveredAt,
                    guarantees, authenticated);
        } catch (IllegalArgumentException e) {
            throw invalid(path, start, e);
        }
    }

    private static BuyerAccount readBuyer(JsonParser p, String path) throws IOException {
        expectObject(p, path, "a buyer object");
        JsonLocation start = p.currentTokenLocation();
        String id = null;
        int creditScore = 0;
        int refunds = 0;
        boolean abuseFlag = false;
        int malicious = 0;
        Instant revokedUntil = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            switch (field) {
                case "id" -> id = text(p, at);
                case "creditScore" -> creditScore = integer(p, at);
                case "refundWithoutReturnCount90d" -> refunds = integer(p, at);
                case "abuseFlag" -> abuseFlag = bool(p, at);
                case "maliciousClaimsRejected180d" -> malicious = integer(p, at);
                case "trustCardRevokedUntil" -> revokedUntil = timestamp(p, at);
                default -> throw unknownField(p, at, BUYER_FIELDS);
            }
        }
        try {
            return new BuyerAccount(id, creditScore, refunds, abuseFlag, malicious, revokedUntil);
        } catch (IllegalArgumentException e) {
            throw invalid(path, start, e);
        }
    }

    private static ShopAccount readShop(JsonParser p, String path) throws IOException {
        expectObject(p, path, "a shop object");
        JsonLocation start = p.currentTokenLocation();
        String id = null;
        String ownerId = null;
        String licenceId = null;
        String streamerId = null;
        ShopStatus status = null;
        int points = 0;
        int counterfeits = 0;
        double experience = 0;
        long deposit = 0;
        long requiredDeposit = 0;
        Instant shortfallSince = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            switch (field) {
                case "id" -> id = text(p, at);
                case "ownerId" -> ownerId = text(p, at);
                case "licenceId" -> licenceId = text(p, at);
                case "streamerId" -> streamerId = text(p, at);
                case "status" -> status = enumValue(p, at, ShopStatus.class);
                case "violationPoints365d" -> points = integer(p, at);
                case "confirmedCounterfeits365d" -> counterfeits = integer(p, at);
                case "experienceScore" -> experience = decimal(p, at);
                case "depositFen" -> deposit = fen(p, at);
                case "requiredDepositFen" -> requiredDeposit = fen(p, at);
                case "depositShortfallSince" -> shortfallSince = timestamp(p, at);
                default -> throw unknownField(p, at, SHOP_FIELDS);
            }
        }
        try {
            return new ShopAccount(id, ownerId, licenceId, streamerId, status, points, counterfeits, experience, deposit,
                    requiredDeposit, shortfallSince);
        } catch (IllegalArgumentException e) {
            throw invalid(path, start, e);
        }
    }

    /** Claim fields, built once the order is known (the claim's orderId defaults to the order's id). */
    private static final class ClaimFields {
        String path;
        JsonLocation start;
        String id;
        String orderId;
        ClaimType type;
        Instant filedAt;
        AuthenticityVerdict verdict;
        long appraisalFeeFen;
        long freightFen;
        ReturnReason returnReason;
        boolean evidenceAttached;
        boolean itemIntact;
        int spoiledPercent;
        boolean buyerCausedDamage;
        int priorClaims;

        AfterSaleClaim build(Order order, String prefix) {
            String ofOrder = orderId != null ? orderId : order != null ? order.id() : null;
            String claimId = id != null ? id : ofOrder;
            try {
                return new AfterSaleClaim(claimId, ofOrder, type, filedAt, verdict, appraisalFeeFen, freightFen, returnReason,
                        evidenceAttached, itemIntact, spoiledPercent, buyerCausedDamage, priorClaims);
            } catch (IllegalArgumentException e) {
                throw invalid(path, start, e);
            }
        }
    }

    private static ClaimFields readClaim(JsonParser p, String path) throws IOException {
        expectObject(p, path, "a claim object");
        ClaimFields c = new ClaimFields();
        c.path = path;
        c.start = p.currentTokenLocation();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            switch (field) {
                case "id" -> c.id = text(p, at);
                case "orderId" -> c.orderId = text(p, at);
                case "type" -> c.type = enumValue(p, at, ClaimType.class);
                case "filedAt" -> c.filedAt = timestamp(p, at);
                case "authenticityVerdict" -> c.verdict = enumValue(p, at, AuthenticityVerdict.class);
                case "appraisalFeeFen" -> c.appraisalFeeFen = fen(p, at);
                case "freightFen" -> c.freightFen = fen(p, at);
                case "returnReason" -> c.returnReason = enumValue(p, at, ReturnReason.class);
                case "evidenceAttached" -> c.evidenceAttached = bool(p, at);
                case "itemIntact" -> c.itemIntact = bool(p, at);
                case "spoiledPercent" -> c.spoiledPercent = integer(p, at);
                case "buyerCausedDamage" -> c.buyerCausedDamage = bool(p, at);
                case "priorClaimsSameProduct180d" -> c.priorClaims = integer(p, at);
                default -> throw unknownField(p, at, CLAIM_FIELDS);
            }
        }
        return c;
    }

    /** Violation fields, built once the shop is known (the violation's shopId defaults to the shop's id). */
    private static final class ViolationFields {
        String path;
        JsonLocation start;
        String id;
        String shopId;
        ViolationType type;
        int points;
        Instant occurredAt;
        boolean particularlySerious;
        String listingId;

        ViolationRecord build(ShopAccount shop, String prefix) {
            String ofShop = shopId != null ? shopId : shop != null ? shop.id() : null;
            try {
                return new ViolationRecord(id, ofShop, type, points, occurredAt, particularlySerious, listingId);
            } catch (IllegalArgumentException e) {
                throw invalid(path, start, e);
            }
        }
    }

    private static ViolationFields readViolation(JsonParser p, String path) throws IOException {
        expectObject(p, path, "a violation object");
        ViolationFields v = new ViolationFields();
        v.path = path;
        v.start = p.currentTokenLocation();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            switch (field) {
                case "id" -> v.id = text(p, at);
                case "shopId" -> v.shopId = text(p, at);
                case "type" -> v.type = enumValue(p, at, ViolationType.class);
                case "points" -> v.points = integer(p, at);
                case "occurredAt" -> v.occurredAt = timestamp(p, at);
                case "particularlySerious" -> v.particularlySerious = bool(p, at);
                case "listingId" -> v.listingId = text(p, at);
                default -> throw unknownField(p, at, VIOLATION_FIELDS);
            }
        }
        return v;
    }

    private static Listing readListing(JsonParser p, String path) throws IOException {
        expectObject(p, path, "a listing object");
        JsonLocation start = p.currentTokenLocation();
        String id = null;
        String shopId = null;
        Category category = null;
        String brand = null;
        boolean authorised = false;
        long price = 0;
        long reference = 0;
        String currency = null;
        Instant published = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            switch (field) {
                case "id" -> id = text(p, at);
                case "shopId" -> shopId = text(p, at);
                case "category" -> category = enumValue(p, at, Category.class);
                case "brand" -> brand = text(p, at);
                case "brandAuthorised" -> authorised = bool(p, at);
                case "priceFen" -> price = fen(p, at);
                case "brandReferencePriceFen" -> reference = fen(p, at);
                case "currency" -> currency = text(p, at);
                case "publishedAt" -> published = timestamp(p, at);
                default -> throw unknownField(p, at, LISTING_FIELDS);
            }
        }
        try {
            return new Listing(id, shopId, category, brand, authorised, price, reference, currency, published);
        } catch (IllegalArgumentException e) {
            throw invalid(path, start, e);
        }
    }

    private static ShopApplication readApplication(JsonParser p, String path) throws IOException {
        expectObject(p, path, "an application object");
        JsonLocation start = p.currentTokenLocation();
        String id = null;
        String person = null;
        String licence = null;
        Instant applied = null;
        String bannedOfPerson = null;
        String bannedOfLicence = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            switch (field) {
                case "id" -> id = text(p, at);
                case "personId" -> person = text(p, at);
                case "licenceId" -> licence = text(p, at);
                case "appliedAt" -> applied = timestamp(p, at);
                case "bannedShopOfPerson" -> bannedOfPerson = text(p, at);
                case "bannedShopOfLicence" -> bannedOfLicence = text(p, at);
                default -> throw unknownField(p, at, APPLICATION_FIELDS);
            }
        }
        try {
            return new ShopApplication(id, person, licence, applied, bannedOfPerson, bannedOfLicence);
        } catch (IllegalArgumentException e) {
            throw invalid(path, start, e);
        }
    }

    private static Brand readBrand(JsonParser p, String path) throws IOException {
        expectObject(p, path, "a brand object");
        JsonLocation start = p.currentTokenLocation();
        String id = null;
        String name = null;
        LocalDate founded = null;
        int share = 0;
        long gmv = 0;
        boolean core = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            switch (field) {
                case "id" -> id = text(p, at);
                case "name" -> name = text(p, at);
                case "foundedOn" -> founded = date(p, at);
                case "ownBrandGmvShareBasisPoints" -> share = integer(p, at);
                case "liveRoomMonthlyAvgGmvFen" -> gmv = fen(p, at);
                case "platformIsCoreChannel" -> core = bool(p, at);
                default -> throw unknownField(p, at, BRAND_FIELDS);
            }
        }
        try {
            return new Brand(id, name, founded, share, gmv, core);
        } catch (IllegalArgumentException e) {
            throw invalid(path, start, e);
        }
    }

    private static LocalDate date(JsonParser p, String path) throws IOException {
        String value = text(p, path);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(p, path, "expected a date such as 2023-06-01, was \"" + value + "\"");
        }
    }

    // --- values ---

    private static void expectObject(JsonParser p, String path, String expected) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw error(p, path, "expected " + expected + ", was " + describe(p));
        }
    }

    /** A string, or null for JSON null. */
    public static String text(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw error(p, path, "expected a string, was " + describe(p));
        }
        return p.getText();
    }

    /** A boolean; JSON null is false. */
    public static boolean bool(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE || token == JsonToken.VALUE_NULL) {
            return false;
        }
        throw error(p, path, "expected true or false, was " + describe(p));
    }

    /** An integer that fits an int; JSON null is 0. */
    public static int integer(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw error(p, path, "expected an integer, was " + describe(p));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw error(p, path, "expected an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + ", was " + p.getText());
        }
        return p.getIntValue();
    }

    /** An amount in fen: a non-negative integer; JSON null is 0. */
    public static long fen(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw error(p, path, "expected an amount in fen as a non-negative integer (1 CNY = 100 fen), was " + describe(p));
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw error(p, path, "expected an amount in fen that fits a long, was " + p.getText());
        }
        long value = p.getLongValue();
        if (value < 0) {
            throw error(p, path, "expected an amount in fen >= 0, was " + value);
        }
        return value;
    }

    private static double decimal(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw error(p, path, "expected a number, was " + describe(p));
        }
        return p.getDoubleValue();
    }

    /** An ISO-8601 timestamp with an offset ({@code 2026-03-02T10:00:00+08:00}); JSON null is null. */
    public static Instant timestamp(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw error(p, path, "expected an ISO-8601 timestamp with offset such as \"2026-03-02T10:00:00+08:00\", was "
                    + describe(p));
        }
        String text = p.getText();
        Instant fast = fastInstant(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            boolean local;
            try {
                LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                local = true;
            } catch (DateTimeParseException notLocal) {
                local = false;
            }
            throw error(p, path, "expected an ISO-8601 timestamp with offset such as \"2026-03-02T10:00:00+08:00\", was \""
                    + text + "\"" + (local ? " (no offset: add +08:00 or Z)" : ""));
        }
    }

    /**
     * The common shapes {@code yyyy-MM-ddTHH:mm:ss+hh:mm} and {@code yyyy-MM-ddTHH:mm:ssZ} without the
     * cost of a {@link DateTimeFormatter}; null for anything else (fractions, other shapes, invalid
     * fields), which the formatter then parses or rejects with a message.
     */
    static Instant fastInstant(String t) {
        int n = t.length();
        if ((n != 20 && n != 25) || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 2);
        int day = digits(t, 8, 2);
        int hour = digits(t, 11, 2);
        int minute = digits(t, 14, 2);
        int second = digits(t, 17, 2);
        int offset;
        if (n == 20) {
            if (t.charAt(19) != 'Z') {
                return null;
            }
            offset = 0;
        } else {
            char sign = t.charAt(19);
            int oh = digits(t, 20, 2);
            int om = digits(t, 23, 2);
            if ((sign != '+' && sign != '-') || t.charAt(22) != ':' || oh < 0 || om < 0 || oh > 18 || om > 59) {
                return null;
            }
            offset = (sign == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset);
    }

    private static int digits(String t, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A constant of the enum, by exact name; JSON null is null. */
    public static <E extends Enum<E>> E enumValue(JsonParser p, String path, Class<E> type) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw error(p, path, "expected one of " + names(type) + ", was " + describe(p));
        }
        String text = p.getText();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw error(p, path, "unknown " + type.getSimpleName() + " \"" + text + "\"; expected one of " + names(type));
    }

    private static Set<EntitlementType> entitlementTypes(JsonParser p, String path) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(p, path, "expected an array of " + EntitlementType.class.getSimpleName() + " names, was " + describe(p));
        }
        Set<EntitlementType> types = EnumSet.noneOf(EntitlementType.class);
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            EntitlementType type = enumValue(p, path + "[" + index + "]", EntitlementType.class);
            if (type == null) {
                throw error(p, path + "[" + index + "]", "expected one of " + names(EntitlementType.class) + ", was null");
            }
            types.add(type);
            index++;
        }
        return types;
    }

    /** Skips the current value (an object or array as a whole). */
    public static void skip(JsonParser p) throws IOException {
        p.skipChildren();
    }

    /** The names of an enum's constants, comma-separated. */
    public static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The current token in words, for "was ..." in messages. */
    public static String describe(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "\"" + p.getText() + "\"";
            case VALUE_NULL -> "null";
            default -> p.getText();
        };
    }

    /** An error at the parser's current token. */
    public static TrustJsonException error(JsonParser p, String path, String problem) {
        JsonLocation at = p.currentTokenLocation();
        return new TrustJsonException(path, at.getLineNr(), at.getColumnNr(), problem);
    }

    /** An unknown-field error at the parser's current token (the field's value). */
    public static TrustJsonException unknownField(JsonParser p, String path, List<String> known) {
        return error(p, path, "unknown field; expected one of " + String.join(", ", known));
    }

    private static TrustJsonException invalid(String path, JsonLocation start, IllegalArgumentException e) {
        return new TrustJsonException(path, start.getLineNr(), start.getColumnNr(), e.getMessage());
    }

    private static String pathOf(String prefix, String field) {
        String path = prefix + field;
        return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }

    // --- writing ---

    /** Two-space indents, {@code "key": value}, and {@code []} for an empty array. */
    private static final class Printer extends DefaultPrettyPrinter {
        private static final long serialVersionUID = 1L;

        Printer() {
            super(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
            indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
            indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        }

        @Override
        public Printer createInstance() {
            return new Printer();
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            if (nrOfValues == 0) {
                if (!_arrayIndenter.isInline()) {
                    --_nesting;
                }
                g.writeRaw(']');
                return;
            }
            super.writeEndArray(g, nrOfValues);
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        return new Printer();
    }

    /** A generator writing pretty-printed JSON (two-space indents, {@code "key": value}). */
    public static JsonGenerator prettyGenerator(java.io.Writer out) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out);
        generator.setPrettyPrinter(prettyPrinter());
        return generator;
    }

    /** A generator writing compact JSON on one line. */
    public static JsonGenerator compactGenerator(java.io.Writer out) throws IOException {
        return FACTORY.createGenerator(out);
    }

    public static String writeRequest(TrustRequest request) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = prettyGenerator(out)) {
            writeRequest(g, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String writeDecision(Decision decision) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = prettyGenerator(out)) {
            writeDecision(g, decision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the request as an object, omitting null optional fields. */
    public static void writeRequest(JsonGenerator g, TrustRequest r) throws IOException {
        g.writeStartObject();
        writeTime(g, "evaluatedAt", r.evaluatedAt());
        Order o = r.order();
        if (o != null) {
            g.writeObjectFieldStart("order");
            g.writeStringField("id", o.id());
            g.writeStringField("buyerId", o.buyerId());
            g.writeStringField("shopId", o.shopId());
            writeText(g, "productId", o.productId());
            g.writeStringField("category", o.category().name());
            g.writeNumberField("paidFen", o.paidFen());
            g.writeStringField("currency", o.currency());
            writeTime(g, "paidAt", o.paidAt());
            writeTime(g, "deliveredAt", o.deliveredAt());
            g.writeArrayFieldStart("guarantees");
            for (EntitlementType type : EntitlementType.values()) {
                if (o.guarantees().contains(type)) {
                    g.writeString(type.name());
                }
            }
            g.writeEndArray();
            g.writeBooleanField("authenticated", o.authenticated());
            g.writeEndObject();
        }
        BuyerAccount b = r.buyer();
        if (b != null) {
            g.writeObjectFieldStart("buyer");
            g.writeStringField("id", b.id());
            g.writeNumberField("creditScore", b.creditScore());
            g.writeNumberField("refundWithoutReturnCount90d", b.refundWithoutReturnCount90d());
            g.writeBooleanField("abuseFlag", b.abuseFlag());
            g.writeNumberField("maliciousClaimsRejected180d", b.maliciousClaimsRejected180d());
            writeTime(g, "trustCardRevokedUntil", b.trustCardRevokedUntil());
            g.writeEndObject();
        }
        ShopAccount s = r.shop();
        if (s != null) {
            g.writeObjectFieldStart("shop");
            g.writeStringField("id", s.id());
            g.writeStringField("ownerId", s.ownerId());
            writeText(g, "licenceId", s.licenceId());
            writeText(g, "streamerId", s.streamerId());
            g.writeStringField("status", s.status().name());
            g.writeNumberField("violationPoints365d", s.violationPoints365d());
            g.writeNumberField("confirmedCounterfeits365d", s.confirmedCounterfeits365d());
            g.writeNumberField("experienceScore", s.experienceScore());
            g.writeNumberField("depositFen", s.depositFen());
            g.writeNumberField("requiredDepositFen", s.requiredDepositFen());
            writeTime(g, "depositShortfallSince", s.depositShortfallSince());
            g.writeEndObject();
        }
        AfterSaleClaim c = r.claim();
        if (c != null) {
            g.writeObjectFieldStart("claim");
            g.writeStringField("id", c.id());
            g.writeStringField("orderId", c.orderId());
            g.writeStringField("type", c.type().name());
            writeTime(g, "filedAt", c.filedAt());
            writeEnum(g, "authenticityVerdict", c.authenticityVerdict());
            g.writeNumberField("appraisalFeeFen", c.appraisalFeeFen());
            g.writeNumberField("freightFen", c.freightFen());
            writeEnum(g, "returnReason", c.returnReason());
            g.writeBooleanField("evidenceAttached", c.evidenceAttached());
            g.writeBooleanField("itemIntact", c.itemIntact());
            g.writeNumberField("spoiledPercent", c.spoiledPercent());
            g.writeBooleanField("buyerCausedDamage", c.buyerCausedDamage());
            g.writeNumberField("priorClaimsSameProduct180d", c.priorClaimsSameProduct180d());
            g.writeEndObject();
        }
        ViolationRecord v = r.violation();
        if (v != null) {
            g.writeObjectFieldStart("violation");
            g.writeStringField("id", v.id());
            g.writeStringField("shopId", v.shopId());
            g.writeStringField("type", v.type().name());
            g.writeNumberField("points", v.points());
            writeTime(g, "occurredAt", v.occurredAt());
            g.writeBooleanField("particularlySerious", v.particularlySerious());
            writeText(g, "listingId", v.listingId());
            g.writeEndObject();
        }
        Listing l = r.listing();
        if (l != null) {
            g.writeObjectFieldStart("listing");
            g.writeStringField("id", l.id());
            g.writeStringField("shopId", l.shopId());
            g.writeStringField("category", l.category().name());
            writeText(g, "brand", l.brand());
            g.writeBooleanField("brandAuthorised", l.brandAuthorised());
            g.writeNumberField("priceFen", l.priceFen());
            g.writeNumberField("brandReferencePriceFen", l.brandReferencePriceFen());
            g.writeStringField("currency", l.currency());
            writeTime(g, "publishedAt", l.publishedAt());
            g.writeEndObject();
        }
        ShopApplication a = r.application();
        if (a != null) {
            g.writeObjectFieldStart("application");
            g.writeStringField("id", a.id());
            g.writeStringField("personId", a.personId());
            writeText(g, "licenceId", a.licenceId());
            writeTime(g, "appliedAt", a.appliedAt());
            writeText(g, "bannedShopOfPerson", a.bannedShopOfPerson());
            writeText(g, "bannedShopOfLicence", a.bannedShopOfLicence());
            g.writeEndObject();
        }
        Brand brand = r.brand();
        if (brand != null) {
            g.writeObjectFieldStart("brand");
            g.writeStringField("id", brand.id());
            g.writeStringField("name", brand.name());
            g.writeStringField("foundedOn", brand.foundedOn().toString());
            g.writeNumberField("ownBrandGmvShareBasisPoints", brand.ownBrandGmvShareBasisPoints());
            g.writeNumberField("liveRoomMonthlyAvgGmvFen", brand.liveRoomMonthlyAvgGmvFen());
            g.writeBooleanField("platformIsCoreChannel", brand.platformIsCoreChannel());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * Writes the decision as an object. When {@code close} is false the object is left open, so a
     * caller can add fields (an explanation) before ending it.
     */
    public static void writeDecision(JsonGenerator g, Decision d, boolean close) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("policy");
        g.writeStringField("name", d.policy().name());
        g.writeStringField("version", d.policy().version());
        g.writeStringField("sha256", d.policy().sha256());
        g.writeEndObject();
        writeTime(g, "evaluatedAt", d.evaluatedAt());
        if (d.buyerTier() == null) {
            g.writeNullField("buyerTier");
        } else {
            g.writeStringField("buyerTier", d.buyerTier().name());
        }
        g.writeArrayFieldStart("guarantees");
        for (Guarantee x : d.guarantees()) {
            g.writeStartObject();
            g.writeStringField("type", x.type().name());
            g.writeStringField("rule", x.rule());
            g.writeStringField("reason", x.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("entitlements");
        for (Entitlement x : d.entitlements()) {
            g.writeStartObject();
            g.writeStringField("type", x.type().name());
            g.writeNumberField("refundFen", x.refundFen());
            g.writeNumberField("payoutFen", x.payoutFen());
            g.writeStringField("currency", x.currency());
            g.writeStringField("payer", x.payer().name());
            g.writeBooleanField("returnRequired", x.returnRequired());
            g.writeStringField("rule", x.rule());
            g.writeStringField("reason", x.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("denials");
        for (Denial x : d.denials()) {
            g.writeStartObject();
            g.writeStringField("type", x.type().name());
            g.writeStringField("rule", x.rule());
            g.writeStringField("reason", x.reason());
            g.writeStringField("detail", x.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sanctions");
        for (Sanction x : d.sanctions()) {
            g.writeStartObject();
            g.writeStringField("type", x.type().name());
            g.writeNumberField("days", x.days());
            g.writeNumberField("points", x.points());
            g.writeStringField("rule", x.rule());
            g.writeStringField("reason", x.reason());
            g.writeStringField("detail", x.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("notes");
        for (Note x : d.notes()) {
            g.writeStartObject();
            g.writeStringField("code", x.code());
            g.writeStringField("rule", x.rule());
            g.writeStringField("detail", x.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("firedRules");
        for (String rule : d.firedRules()) {
            g.writeString(rule);
        }
        g.writeEndArray();
        if (close) {
            g.writeEndObject();
        }
    }

    public static void writeDecision(JsonGenerator g, Decision d) throws IOException {
        writeDecision(g, d, true);
    }

    /** An instant as ISO-8601 at the platform offset: {@code 2026-03-02T10:00:00+08:00}. */
    public static String formatTime(Instant instant) {
        return instant.atOffset(PLATFORM_OFFSET).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void writeTime(JsonGenerator g, String field, Instant value) throws IOException {
        if (value != null) {
            g.writeStringField(field, formatTime(value));
        }
    }

    private static void writeText(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void writeEnum(JsonGenerator g, String field, Enum<?> value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.name());
        }
    }
}
