package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Note;
import dev.trustrules.Payer;
import dev.trustrules.PolicyId;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJsonException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the decision form {@link JsonFacts#writeDecision(Decision)} writes, and writes and reads
 * decision records ({@code {"request": ..., "decision": ...}}).
 */
public final class JsonDecisions {
    private static final List<String> DECISION_FIELDS = List.of("policy", "evaluatedAt", "buyerTier", "guarantees",
            "entitlements", "denials", "sanctions", "notes", "firedRules");
    private static final List<String> POLICY_FIELDS = List.of("name", "version", "sha256");
    private static final List<String> GUARANTEE_FIELDS = List.of("type", "rule", "reason");
    private static final List<String> ENTITLEMENT_FIELDS = List.of("type", "refundFen", "payoutFen", "currency", "payer",
            "returnRequired", "rule", "reason");
    private static final List<String> DENIAL_FIELDS = List.of("type", "rule", "reason", "detail");
    private static final List<String> SANCTION_FIELDS = List.of("type", "days", "points", "rule", "reason", "detail");
    private static final List<String> NOTE_FIELDS = List.of("code", "rule", "detail");
    private static final List<String> RECORD_FIELDS = List.of("request", "decision");

    private JsonDecisions() {}

    /** One item of an array, read with the parser on its START_OBJECT. */
    private interface ItemReader<T> {
        T read(JsonParser p, String path) throws IOException;
    }

    // --- whole documents ---

    private interface DocumentReader<T> {
        T read(JsonParser p) throws IOException;
    }

    private static <T> T whole(JsonParser p, String what, DocumentReader<T> reader) throws IOException {
        try {
            if (p.nextToken() == null) {
                throw new TrustJsonException("", 1, 1, "empty document; expected " + what);
            }
            T value = reader.read(p);
            if (p.nextToken() != null) {
                throw JsonFacts.error(p, "", "unexpected content after the end of the document");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw JsonFacts.malformed(e, "JSON");
        }
    }

    public static Decision readDecision(String json) {
        try (JsonParser p = JsonFacts.parser(json)) {
            return whole(p, "a decision object", q -> readDecision(q, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the decision: " + e.getMessage(), e);
        }
    }

    public static Decision readDecision(Reader json) {
        try (JsonParser p = JsonFacts.parser(json)) {
            return whole(p, "a decision object", q -> readDecision(q, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the decision: " + e.getMessage(), e);
        }
    }

    public static DecisionRecord readRecord(String json) {
        try (JsonParser p = JsonFacts.parser(json)) {
            return whole(p, "a record object with request and decision", JsonDecisions::readRecord);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the record: " + e.getMessage(), e);
        }
    }

    public static DecisionRecord readRecord(Reader json) {
        try (JsonParser p = JsonFacts.parser(json)) {
            return whole(p, "a record object with request and decision", JsonDecisions::readRecord);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the record: " + e.getMessage(), e);
        }
    }

    /** The decision as one line of compact JSON. */
    public static String writeDecisionLine(Decision decision) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFacts.compactGenerator(out)) {
            JsonFacts.writeDecision(g, decision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The record as one line of compact JSON: {@code {"request": {...}, "decision": {...}}}. */
    public static String writeRecord(DecisionRecord record) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonFacts.compactGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("request");
            JsonFacts.writeRequest(g, record.request());
            g.writeFieldName("decision");
            JsonFacts.writeDecision(g, record.decision());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    // --- objects ---

    private static DecisionRecord readRecord(JsonParser p) throws IOException {
        expectObject(p, "", "a record object with request and decision");
        JsonLocation start = p.currentTokenLocation();
        TrustRequest request = null;
        Decision decision = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "request" -> request = JsonFacts.readRequest(p, "request.");
                case "decision" -> decision = readDecision(p, "decision.");
                default -> throw JsonFacts.unknownField(p, field, RECORD_FIELDS);
            }
        }
        if (request == null || decision == null) {
            throw new TrustJsonException(request == null ? "request" : "decision", start.getLineNr(), start.getColumnNr(),
                    "a record needs both request and decision");
        }
        return new DecisionRecord(request, decision);
    }

    /**
     * Reads a decision object whose START_OBJECT is the current token; on return the current token is
     * its END_OBJECT. {@code prefix} is prepended to every path in errors ({@code "decision."}).
     */
    public static Decision readDecision(JsonParser p, String prefix) throws IOException {
        String self = prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1);
        expectObject(p, self, "a decision object with " + String.join(", ", DECISION_FIELDS));
        JsonLocation start = p.currentTokenLocation();
        PolicyId policy = null;
        Instant evaluatedAt = null;
        BuyerTier tier = null;
        List<Guarantee> guarantees = List.of();
        List<Entitlement> entitlements = List.of();
        List<Denial> denials = List.of();
        List<Sanction> sanctions = List.of();
        List<Note> notes = List.of();
        List<String> firedRules = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String path = prefix + field;
            switch (field) {
                case "policy" -> policy = readPolicy(p, path);
                case "evaluatedAt" -> evaluatedAt = JsonFacts.timestamp(p, path);
                case "buyerTier" -> tier = JsonFacts.enumValue(p, path, BuyerTier.class);
                case "guarantees" -> guarantees = array(p, path, JsonDecisions::readGuarantee);
                case "entitlements" -> entitlements = array(p, path, JsonDecisions::readEntitlement);
                case "denials" -> denials = array(p, path, JsonDecisions::readDenial);
                case "sanctions" -> sanctions = array(p, path, JsonDecisions::readSanction);
                case "notes" -> notes = array(p, path, JsonDecisions::readNote);
                case "firedRules" -> firedRules = array(p, path, JsonDecisions::requiredText);
                default -> throw JsonFacts.unknownField(p, path, DECISION_FIELDS);
            }
        }
        if (policy == null) {
            throw new TrustJsonException(prefix + "policy", start.getLineNr(), start.getColumnNr(), "a decision needs its policy");
        }
        if (evaluatedAt == null) {
            throw new TrustJsonException(prefix + "evaluatedAt", start.getLineNr(), start.getColumnNr(),
                    "a decision needs its evaluatedAt");
        }
        try {
            return new Decision(policy, evaluatedAt, tier, guarantees, entitlements, denials, sanctions, notes, firedRules);
        } catch (IllegalArgumentException e) {
            throw new TrustJsonException(self, start.getLineNr(), start.getColumnNr(), e.getMessage());
        }
    }

    private static PolicyId readPolicy(JsonParser p, String path) throws IOException {
        expectObject(p, path, "an object with " + String.join(", ", POLICY_FIELDS));
        JsonLocation start = p.currentTokenLocation();
        String name = null;
        String version = null;
        String sha = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = JsonFacts.text(p, path + "." + field);
                case "version" -> version = JsonFacts.text(p, path + "." + field);
                case "sha256" -> sha = JsonFacts.text(p, path + "." + field);
                default -> throw JsonFacts.unknownField(p, path + "." + field, POLICY_FIELDS);
            }
        }
        try {
            return new PolicyId(name, version, sha);
        } catch (IllegalArgumentException e) {
            throw new TrustJsonException(path, start.getLineNr(), start.getColumnNr(), e.getMessage());
        }
    }

    private static Guarantee readGuarantee(JsonParser p, String path) throws IOException {
        Fields f = fields(p, path, GUARANTEE_FIELDS);
        return f.build(path, () -> new Guarantee(f.type, f.rule, f.reason));
    }

    private static Entitlement readEntitlement(JsonParser p, String path) throws IOException {
        Fields f = fields(p, path, ENTITLEMENT_FIELDS);
        return f.build(path, () -> new Entitlement(f.type, f.refundFen, f.payoutFen, f.currency, f.payer, f.returnRequired,
                f.rule, f.reason));
    }

    private static Denial readDenial(JsonParser p, String path) throws IOException {
        Fields f = fields(p, path, DENIAL_FIELDS);
        return f.build(path, () -> new Denial(f.type, f.rule, f.reason, f.detail));
    }

    private static Sanction readSanction(JsonParser p, String path) throws IOException {
        Fields f = fields(p, path, SANCTION_FIELDS);
        return f.build(path, () -> new Sanction(f.sanctionType, f.days, f.points, f.rule, f.reason, f.detail));
    }

    private static Note readNote(JsonParser p, String path) throws IOException {
        Fields f = fields(p, path, NOTE_FIELDS);
        return f.build(path, () -> new Note(f.code, f.rule, f.detail));
    }

    private static String requiredText(JsonParser p, String path) throws IOException {
        String text = JsonFacts.text(p, path);
        if (text == null || text.isBlank()) {
            throw JsonFacts.error(p, path, "expected a rule name, was " + JsonFacts.describe(p));
        }
        return text;
    }

    /** The fields of any decision item; which ones are allowed depends on the item. */
    private static final class Fields {
        JsonLocation start;
        EntitlementType type;
        SanctionType sanctionType;
        long refundFen;
        long payoutFen;
        String currency;
        Payer payer;
        boolean returnRequired;
        int days;
        int points;
        String rule;
        String reason;
        String detail;
        String code;

        <T> T build(String path, java.util.function.Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException e) {
                throw new TrustJsonException(path, start.getLineNr(), start.getColumnNr(), e.getMessage());
            }
        }
    }

    private static Fields fields(JsonParser p, String path, List<String> allowed) throws IOException {
        expectObject(p, path, "an object with " + String.join(", ", allowed));
        Fields f = new Fields();
        f.start = p.currentTokenLocation();
        boolean sanction = allowed == SANCTION_FIELDS;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            String at = path + "." + field;
            if (!allowed.contains(field)) {
                throw JsonFacts.unknownField(p, at, allowed);
            }
            switch (field) {
                case "type" -> {
                    if (sanction) {
                        f.sanctionType = JsonFacts.enumValue(p, at, SanctionType.class);
                    } else {
                        f.type = JsonFacts.enumValue(p, at, EntitlementType.class);
                    }
                }
                case "refundFen" -> f.refundFen = JsonFacts.fen(p, at);
                case "payoutFen" -> f.payoutFen = JsonFacts.fen(p, at);
                case "currency" -> f.currency = JsonFacts.text(p, at);
                case "payer" -> f.payer = JsonFacts.enumValue(p, at, Payer.class);
                case "returnRequired" -> f.returnRequired = JsonFacts.bool(p, at);
                case "days" -> f.days = JsonFacts.integer(p, at);
                case "points" -> f.points = JsonFacts.integer(p, at);
                case "rule" -> f.rule = JsonFacts.text(p, at);
                case "reason" -> f.reason = JsonFacts.text(p, at);
                case "detail" -> f.detail = JsonFacts.text(p, at);
                case "code" -> f.code = JsonFacts.text(p, at);
                default -> throw JsonFacts.unknownField(p, at, allowed);
            }
        }
        return f;
    }

    private static <T> List<T> array(JsonParser p, String path, ItemReader<T> item) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw JsonFacts.error(p, path, "expected an array, was " + JsonFacts.describe(p));
        }
        List<T> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(item.read(p, path + "[" + items.size() + "]"));
        }
        return items;
    }

    private static void expectObject(JsonParser p, String path, String expected) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonFacts.error(p, path, "expected " + expected + ", was " + JsonFacts.describe(p));
        }
    }
}
