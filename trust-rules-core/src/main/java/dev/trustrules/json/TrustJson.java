package dev.trustrules.json;

import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.json.JsonDecisions;
import dev.trustrules.internal.json.JsonFacts;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads and writes requests, decisions and decision records in the JSON form of {@code design.md}.
 *
 * <pre>{@code
 * TrustRequest request = TrustJson.readRequest(Files.readString(path));
 * String json = TrustJson.writeDecision(policy.evaluate(request));
 * }</pre>
 *
 * <p>Reading is strict: unknown fields, unknown enum values, timestamps without an offset, amounts
 * that are not integer fen and facts their constructors reject all throw {@link TrustJsonException}
 * naming the JSON path, the value and the line and column. Writing is deterministic: fields in a fixed
 * order, timestamps at the platform offset {@code +08:00}. All methods are thread-safe.
 */
public final class TrustJson {
    private TrustJson() {}

    /**
     * Reads one request document: an object with the keys {@code evaluatedAt}, {@code order},
     * {@code buyer}, {@code shop}, {@code claim} and {@code violation}, each optional.
     *
     * @throws TrustJsonException if the document is not a valid request
     */
    public static TrustRequest readRequest(String json) {
        Objects.requireNonNull(json, "json");
        return JsonFacts.readRequest(json);
    }

    /**
     * Reads one request document from a reader, and closes the reader.
     *
     * @throws TrustJsonException if the document is not a valid request
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static TrustRequest readRequest(Reader json) {
        Objects.requireNonNull(json, "json");
        return JsonFacts.readRequest(json);
    }

    /** The request as a JSON document that {@link #readRequest(String)} reads back to an equal request. */
    public static String writeRequest(TrustRequest request) {
        Objects.requireNonNull(request, "request");
        return JsonFacts.writeRequest(request);
    }

    /**
     * The decision as a pretty-printed JSON document: {@code policy}, {@code evaluatedAt},
     * {@code buyerTier}, {@code guarantees}, {@code entitlements}, {@code denials}, {@code sanctions}
     * and {@code firedRules}, in that order.
     */
    public static String writeDecision(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return JsonFacts.writeDecision(decision);
    }

    /**
     * The decision as one line of compact JSON, the same fields as {@link #writeDecision(Decision)}: a line
     * of a JSON Lines file. {@link #readDecision(String)} reads it back.
     */
    public static String writeDecisionLine(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return JsonDecisions.writeDecisionLine(decision);
    }

    /**
     * Reads a decision in the form {@link #writeDecision(Decision)} writes, back to an equal decision.
     *
     * @throws TrustJsonException if the document is not a valid decision
     */
    public static Decision readDecision(String json) {
        Objects.requireNonNull(json, "json");
        return JsonDecisions.readDecision(json);
    }

    /**
     * Reads a decision from a reader, and closes the reader.
     *
     * @throws TrustJsonException if the document is not a valid decision
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static Decision readDecision(Reader json) {
        Objects.requireNonNull(json, "json");
        return JsonDecisions.readDecision(json);
    }

    /**
     * The record as one line of compact JSON, {@code {"request": {...}, "decision": {...}}} with the
     * request and decision in the forms of {@link #writeRequest} and {@link #writeDecision}: a line of
     * an audit log in JSON Lines.
     */
    public static String writeRecord(DecisionRecord record) {
        Objects.requireNonNull(record, "record");
        return JsonDecisions.writeRecord(record);
    }

    /**
     * Reads a record written by {@link #writeRecord(DecisionRecord)} back to an equal record.
     *
     * @throws TrustJsonException if the document is not a valid record
     */
    public static DecisionRecord readRecord(String json) {
        Objects.requireNonNull(json, "json");
        return JsonDecisions.readRecord(json);
    }

    /**
     * Reads one record from a reader, and closes the reader.
     *
     * @throws TrustJsonException if the document is not a valid record
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static DecisionRecord readRecord(Reader json) {
        Objects.requireNonNull(json, "json");
        return JsonDecisions.readRecord(json);
    }
}
