package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.trustrules.TrustRequest;
import java.io.IOException;

/** Reads a {@link TrustRequest} wherever one stands (a document, a record's request, a scenario's given). */
final class RequestBinder extends StdDeserializer<TrustRequest> implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<?> documents;

    RequestBinder() {
        super(TrustRequest.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        documents = ctxt.findRootValueDeserializer(ctxt.constructType(RequestDocument.class));
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public TrustRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return ((RequestDocument) documents.deserialize(p, ctxt)).toRequest();
    }

    @Override
    public TrustRequest getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        documents.getNullValue(ctxt);
        return null;
    }
}
