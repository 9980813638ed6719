package dev.trustrules.json;

import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.json.JsonDocuments;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;

/**
 * Reads and writes requests, decisions and decision records in the JSON form of
 * {@code docs/integration.md} ("The JSON form: field reference").
 *
 * <pre>{@code
 * TrustRequest request = TrustJson.readRequest(Files.newInputStream(path));
 * String json = TrustJson.writeDecision(policy.evaluate(request));
 * }</pre>
 *
 * <p>The fields are those of the Java records ({@link TrustRequest}, {@link dev.trustrules.facts.Order},
 * {@link Decision}, ...), with their names and in their order. Reading is strict:
 *
 * <ul>
 *   <li>every field is required unless the reference lists it as optional (an order's {@code currency},
 *       {@code deliveredAt}, a shop's {@code licenceId}, ...); a required field missing or {@code null}
 *       is refused naming it, never read as 0, {@code false} or a default status;
 *   <li>unknown fields, duplicate fields, unknown enum constants, numbers where text is expected (and the
 *       reverse), fractions where an integer is expected, negative or fractional amounts of fen,
 *       timestamps without an offset or outside 2000 to 2099 (at {@code +08:00}), trailing content and
 *       input that is not valid UTF-8 are refused;
 *   <li>events in an impossible order are refused: a delivery or a claim before the order was paid,
 *       and anything reported as happening after the request's {@code evaluatedAt};
 *   <li>facts their constructors reject are refused with the constructor's message.
 * </ul>
 *
 * <p>Every refusal is a {@link TrustJsonException} naming the JSON path ({@code order.paidFen}), the line
 * and column, the value (cut to 40 characters) and what was expected. Writing is deterministic: fields
 * in the records' order, optional fields left out when absent, timestamps at the platform offset
 * {@code +08:00}. All methods are thread-safe and share one configured mapper. The JSON Schemas of the
 * documents, generated from the same records and reader, are {@link TrustSchema}.
 */
public final class TrustJson {
    private TrustJson() {}

    /**
     * Reads one request document: an object with the components of {@link TrustRequest} as fields
     * ({@code evaluatedAt}, {@code order}, {@code buyer}, ...), each optional, at least one fact given.
     *
     * @throws TrustJsonException if the document is not a valid request
     */
    public static TrustRequest readRequest(String json) {
        Objects.requireNonNull(json, "json");
        return JsonDocuments.readRequest(json);
    }

    /**
     * Reads one request document from a reader, and closes the reader.
     *
     * @throws TrustJsonException if the document is not a valid request, or the reader cannot decode it
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static TrustRequest readRequest(Reader json) {
        Objects.requireNonNull(json, "json");
        return JsonDocuments.readRequest(json);
    }

    /**
     * Reads one request document from UTF-8 bytes, and closes the stream. Prefer it to a reader for files
     * and network input: bytes that are not valid UTF-8 are refused with their line and column.
     *
     * @throws TrustJsonException if the document is not a valid request
     * @throws java.io.UncheckedIOException if the stream fails
     */
    public static TrustRequest readRequest(InputStream json) {
        Objects.requireNonNull(json, "json");
        return JsonDocuments.readRequest(json);
    }

    /** The request as a JSON document that {@link #readRequest(String)} reads back to an equal request. */
    public static String writeRequest(TrustRequest request) {
        Objects.requireNonNull(request, "request");
        return JsonDocuments.writeRequest(request);
    }

    /**
     * The request as one line of compact JSON, the same fields as {@link #writeRequest(TrustRequest)}: a
     * line of a JSON Lines corpus ({@code trust-rules diff}, {@code trust-rules corpus}).
     */
    public static String writeRequestLine(TrustRequest request) {
        Objects.requireNonNull(request, "request");
        return JsonDocuments.writeRequestLine(request);
    }

    /**
     * The decision as a pretty-printed JSON document: {@code policy}, {@code evaluatedAt},
     * {@code buyerTier}, {@code guarantees}, {@code entitlements}, {@code denials}, {@code sanctions},
     * {@code notes} and {@code firedRules}, in that order (the components of {@link Decision}).
     */
    public static String writeDecision(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return JsonDocuments.writeDecision(decision);
    }

    /**
     * The decision as {@link #writeDecision(Decision)} writes it, followed by an {@code explanation}:
     * {@code rulesFired}, every fired rule with what it produced in words, and {@code denials}, every
     * denial with its rule, reason code and the condition that failed ({@code because}). For people;
     * {@link #readDecision(String)} does not read it back.
     */
    public static String writeExplainedDecision(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return JsonDocuments.writeExplainedDecision(decision);
    }

    /**
     * An explanation ({@link dev.trustrules.TrustPolicy#explain}) as a pretty-printed JSON document: its decision as
     * {@link #writeDecision(Decision)} writes it, followed by an {@code explanation} with the fields
     * {@link #writeExplainedDecision(Decision)} writes ({@code rulesFired}; {@code denials} with {@code type},
     * {@code rule}, {@code reason}, {@code because}) and more: each denial's {@code conditions} and
     * {@code thresholdsPassed}; {@code grants}, each with the {@code refund} and {@code payout} calculations
     * (trees of steps with their values in fen) and its {@code thresholdsPassed}; {@code nearMisses}; and
     * {@code caveats}. For people and tools; {@link #readDecision(String)} does not read it back.
     */
    public static String writeExplanation(dev.trustrules.explain.Explanation explanation) {
        Objects.requireNonNull(explanation, "explanation");
        return JsonDocuments.writeExplanation(explanation);
    }

    /**
     * The decision as one line of compact JSON, the same fields as {@link #writeDecision(Decision)}: a line
     * of a JSON Lines file. {@link #readDecision(String)} reads it back.
     */
    public static String writeDecisionLine(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        return JsonDocuments.writeDecisionLine(decision);
    }

    /**
     * Reads a decision in the form {@link #writeDecision(Decision)} writes, back to an equal decision.
     *
     * @throws TrustJsonException if the document is not a valid decision
     */
    public static Decision readDecision(String json) {
        Objects.requireNonNull(json, "json");
        return JsonDocuments.readDecision(json);
    }

    /**
     * Reads a decision from a reader, and closes the reader.
     *
     * @throws TrustJsonException if the document is not a valid decision
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static Decision readDecision(Reader json) {
        Objects.requireNonNull(json, "json");
        return JsonDocuments.readDecision(json);
    }

    /**
     * The record as one line of compact JSON, {@code {"request": {...}, "decision": {...}}} with the
     * request and decision in the forms of {@link #writeRequest} and {@link #writeDecision}: a line of
     * an audit log in JSON Lines.
     */
    public static String writeRecord(DecisionRecord record) {
        Objects.requireNonNull(record, "record");
        return JsonDocuments.writeRecord(record);
    }

    /**
     * Reads a record written by {@link #writeRecord(DecisionRecord)} back to an equal record.
     *
     * @throws TrustJsonException if the document is not a valid record
     */
    public static DecisionRecord readRecord(String json) {
        Objects.requireNonNull(json, "json");
        return JsonDocuments.readRecord(json);
    }

    /**
     * Reads one record from a reader, and closes the reader.
     *
     * @throws TrustJsonException if the document is not a valid record
     * @throws java.io.UncheckedIOException if the reader fails
     */
    public static DecisionRecord readRecord(Reader json) {
        Objects.requireNonNull(json, "json");
        return JsonDocuments.readRecord(json);
    }
}
