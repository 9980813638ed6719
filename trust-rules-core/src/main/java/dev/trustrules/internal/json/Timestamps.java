package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Timestamps of the JSON form: ISO-8601 with an offset, read by the JavaTimeModule's
 * {@link InstantDeserializer} once the text has that shape (so no epoch numbers, no missing offset),
 * and only within a plausible range; written at the platform offset {@code +08:00}.
 */
public final class Timestamps {
    /** The platform's offset: timestamps are written at {@code +08:00}. */
    public static final ZoneOffset PLATFORM_OFFSET = ZoneOffset.ofHours(8);
    /** The earliest plausible time on the platform, inclusive. */
    public static final Instant EARLIEST = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, PLATFORM_OFFSET).toInstant();
    /** The end of the plausible range, exclusive. */
    public static final Instant END = OffsetDateTime.of(2100, 1, 1, 0, 0, 0, 0, PLATFORM_OFFSET).toInstant();

    /**
     * The timestamps the reader takes, as a regular expression: ISO-8601 with seconds and an offset, a
     * fraction of up to nine digits, years 2000 to 2099 (the exact range is {@link #EARLIEST} to {@link #END}).
     * The reader also takes a few rarer spellings ({@code 24:00:00}, {@code +08:00:30}, {@code 10:00:00.Z})
     * that this leaves out.
     */
    public static final String PATTERN = "^20[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
            + "T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|z|[+-](0[0-9]|1[0-7]):[0-5][0-9]|[+-]18:00)$";

    private static final String EXPECTED = "expected an ISO-8601 timestamp with offset such as \"2026-03-02T10:00:00+08:00\", was ";
    private static final String RANGE = "expected a time from " + format(EARLIEST) + " to before " + format(END) + ", was ";

    private Timestamps() {}

    /** An instant as ISO-8601 at the platform offset: {@code 2026-03-02T10:00:00+08:00}. */
    public static String format(Instant instant) {
        return instant.atOffset(PLATFORM_OFFSET).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Whether the instant is in the plausible range. */
    public static boolean plausible(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(END);
    }

    /** Reads a timestamp. */
    static final class Reader extends StdScalarDeserializer<Instant> implements SchemaForm {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(Instant.class);
        }

        @Override
        public void describe(ObjectNode schema) {
            schema.put("type", "string").put("format", "date-time").put("pattern", PATTERN);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonErrors.at(p, EXPECTED + JsonErrors.describe(p));
            }
            String text = p.getText();
            Instant instant = null;
            // the JavaTimeModule also takes epoch numbers in strings and trims blanks: not a timestamp here
            if (text.indexOf('T') > 0 && text.equals(text.strip())) {
                try {
                    instant = InstantDeserializer.INSTANT.deserialize(p, ctxt);
                } catch (JsonMappingException | DateTimeException e) {
                    instant = null;
                }
            }
            if (instant == null) {
                throw JsonErrors.at(p, EXPECTED + Echo.quote(text) + (isLocal(text) ? " (no offset: add +08:00 or Z)" : ""));
            }
            if (!plausible(instant)) {
                throw JsonErrors.at(p, RANGE + Echo.quote(text));
            }
            return instant;
        }

        @Override
        public Instant getNullValue(DeserializationContext ctxt) {
            throw JsonErrors.at(ctxt.getParser(), EXPECTED + "null");
        }

        private static boolean isLocal(String text) {
            try {
                LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

    /** Writes a timestamp at the platform offset. */
    static final class Writer extends StdScalarSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(format(value));
        }
    }
}
