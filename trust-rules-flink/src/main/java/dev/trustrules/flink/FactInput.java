package dev.trustrules.flink;

import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJson;
import java.io.Serializable;

/**
 * How the records of a fact stream become requests: JSON documents read strictly by {@link TrustJson}, or
 * {@link TrustRequest}s as they are.
 *
 * @param <IN> the stream's record type
 */
public interface FactInput<IN> extends Serializable {
    /**
     * The request the record holds.
     *
     * @throws dev.trustrules.json.TrustJsonException if a document is not a valid request
     */
    TrustRequest read(IN record);

    /** The record as text, for the failure output. */
    String text(IN record);

    /** One JSON document ({@code {"order": ..., "claim": ...}}) per record. */
    static FactInput<String> jsonDocuments() {
        return JsonDocuments.INSTANCE;
    }

    /** Requests already built. */
    static FactInput<TrustRequest> requests() {
        return Requests.INSTANCE;
    }

    /** {@link #jsonDocuments()}. */
    enum JsonDocuments implements FactInput<String> {
        INSTANCE;

        @Override
        public TrustRequest read(String document) {
            return TrustJson.readRequest(document);
        }

        @Override
        public String text(String document) {
            return document;
        }
    }

    /** {@link #requests()}. */
    enum Requests implements FactInput<TrustRequest> {
        INSTANCE;

        @Override
        public TrustRequest read(TrustRequest request) {
            return request;
        }

        @Override
        public String text(TrustRequest request) {
            return TrustJson.writeRequest(request);
        }
    }
}
