package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * Whole JSON documents in and out, behind {@link dev.trustrules.json.TrustJson}: exactly one value per
 * document (empty input and trailing content are refused), every problem a {@link TrustJsonException}.
 * The readers and writers are made once; reading a document allocates only its parser.
 */
public final class JsonDocuments {
    private static final ObjectReader REQUEST = TrustMappers.JSON.readerFor(TrustRequest.class);
    private static final ObjectReader DECISION = TrustMappers.JSON.readerFor(Decision.class);
    private static final ObjectReader RECORD = TrustMappers.JSON.readerFor(DecisionRecord.class);
    private static final ObjectWriter PRETTY = TrustMappers.JSON.writer(new Printer());
    private static final ObjectWriter COMPACT = TrustMappers.JSON.writer();

    private static final String A_REQUEST = "a request: an object with " + RecordBinder.fieldList(RequestDocument.class);
    private static final String A_DECISION = "a decision: an object with " + RecordBinder.fieldList(Decision.class);
    private static final String A_RECORD = "a record: an object with " + RecordBinder.fieldList(DecisionRecord.class);

    private JsonDocuments() {}

    /** Opens a parser on the document's source. */
    private interface Source {
        JsonParser open() throws IOException;
    }

    public static TrustRequest readRequest(String json) {
        return read(REQUEST, () -> TrustMappers.JSON.createParser(json), A_REQUEST);
    }

    public static TrustRequest readRequest(Reader json) {
        return read(REQUEST, () -> TrustMappers.JSON.createParser(json), A_REQUEST);
    }

    public static TrustRequest readRequest(InputStream json) {
        return read(REQUEST, () -> TrustMappers.JSON.createParser(json), A_REQUEST);
    }

    public static Decision readDecision(String json) {
        return read(DECISION, () -> TrustMappers.JSON.createParser(json), A_DECISION);
    }

    public static Decision readDecision(Reader json) {
        return read(DECISION, () -> TrustMappers.JSON.createParser(json), A_DECISION);
    }

    public static DecisionRecord readRecord(String json) {
        return read(RECORD, () -> TrustMappers.JSON.createParser(json), A_RECORD);
    }

    public static DecisionRecord readRecord(Reader json) {
        return read(RECORD, () -> TrustMappers.JSON.createParser(json), A_RECORD);
    }

    public static String writeRequest(TrustRequest request) {
        return write(PRETTY, request);
    }

    public static String writeRequestLine(TrustRequest request) {
        return write(COMPACT, request);
    }

    public static String writeDecision(Decision decision) {
        return write(PRETTY, decision);
    }

    /** The decision, then an {@code explanation} field: what each fired rule produced, and why each denial. */
    public static String writeExplainedDecision(Decision decision) {
        return write(PRETTY, new Explanation.Explained(decision, Explanation.of(decision)));
    }

    /** The explanation's decision, then an {@code explanation} field with everything the explanation holds. */
    public static String writeExplanation(dev.trustrules.explain.Explanation explanation) {
        return write(PRETTY, Explanation.Full.of(explanation));
    }

    public static String writeDecisionLine(Decision decision) {
        return write(COMPACT, decision);
    }

    public static String writeRecord(DecisionRecord record) {
        return write(COMPACT, record);
    }

    private static <T> T read(ObjectReader reader, Source source, String expected) {
        JsonParser p = null;
        try {
            p = source.open();
            try (JsonParser parser = p) {
                if (parser.nextToken() == null) {
                    throw new TrustJsonException("", 1, 1, "empty document; expected " + expected);
                }
                T value = reader.readValue(parser);
                if (parser.nextToken() != null) {
                    throw JsonErrors.at(parser, "unexpected content after the end of the document");
                }
                return value;
            }
        } catch (JsonProcessingException e) {
            throw JsonErrors.unreadable(e, "JSON", p);
        } catch (CharacterCodingException e) {
            throw JsonErrors.undecodable(e, p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document: " + e.getMessage(), e);
        }
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
