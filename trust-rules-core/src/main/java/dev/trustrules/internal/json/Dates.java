package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Calendar dates ({@code brand.foundedOn}): {@code yyyy-MM-dd}, read by the JavaTimeModule's
 * {@link LocalDateDeserializer}, from year 1000 (brands can be old) to 2099.
 */
final class Dates extends StdScalarDeserializer<LocalDate> implements SchemaForm {
    private static final long serialVersionUID = 1L;

    static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    /** The dates the reader takes, as a regular expression: {@code yyyy-MM-dd} from year 1000 to 2099. */
    static final String PATTERN = "^(1[0-9]{3}|20[0-9]{2})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
    private static final String EXPECTED = "expected a date such as 2023-06-01, was ";

    Dates() {
        super(LocalDate.class);
    }

    @Override
    public void describe(ObjectNode schema) {
        schema.put("type", "string").put("format", "date").put("pattern", PATTERN);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonErrors.at(p, EXPECTED + JsonErrors.describe(p));
        }
        String text = p.getText();
        LocalDate date = null;
        // the JavaTimeModule also takes date-times and trims blanks: only yyyy-MM-dd is a date here
        if (text.length() == 10) {
            try {
                date = LocalDateDeserializer.INSTANCE.deserialize(p, ctxt);
            } catch (JsonMappingException | DateTimeException e) {
                date = null;
            }
        }
        if (date == null) {
            throw JsonErrors.at(p, EXPECTED + Echo.quote(text));
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw JsonErrors.at(p, "expected a date from " + EARLIEST + " to " + LATEST + ", was " + Echo.quote(text));
        }
        return date;
    }

    @Override
    public LocalDate getNullValue(DeserializationContext ctxt) {
        throw JsonErrors.at(ctxt.getParser(), EXPECTED + "null");
    }
}
