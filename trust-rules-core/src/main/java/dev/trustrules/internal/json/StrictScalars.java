package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The scalar values of the JSON form, read without coercion: a string is only a JSON string, an
 * integer only a JSON integer (no {@code 1.0}, no {@code "1"}), a flag only {@code true} or {@code false}.
 * {@code null} is never a value here: the field's binder decides what a null field means, and a null
 * inside an array is refused.
 */
final class StrictScalars {
    private StrictScalars() {}

    /** Text: a JSON string. */
    static final class Text extends StdScalarDeserializer<String> implements SchemaForm {
        private static final long serialVersionUID = 1L;

        Text() {
            super(String.class);
        }

        @Override
        public void describe(ObjectNode schema) {
            schema.put("type", "string");
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonErrors.at(p, "expected a string, was " + JsonErrors.describe(p));
            }
            return p.getText();
        }

        @Override
        public String getNullValue(DeserializationContext ctxt) {
            throw JsonErrors.at(ctxt.getParser(), "expected a string, was null");
        }
    }

    /** A count or score: a JSON integer that fits an {@code int}. */
    static final class Int extends StdScalarDeserializer<Integer> implements SchemaForm {
        private static final long serialVersionUID = 1L;

        Int(Class<Integer> type) {
            super(type);
        }

        @Override
        public void describe(ObjectNode schema) {
            schema.put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw JsonErrors.at(p, "expected an integer, was " + JsonErrors.describe(p));
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                throw JsonErrors.at(p, "expected an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                        + ", was " + JsonErrors.describe(p));
            }
            return p.getIntValue();
        }

        @Override
        public Integer getNullValue(DeserializationContext ctxt) {
            throw JsonErrors.at(ctxt.getParser(), "expected an integer, was null");
        }
    }

    /** An amount in fen: a non-negative JSON integer that fits a {@code long}. Every long of the form is one. */
    static final class Fen extends StdScalarDeserializer<Long> implements SchemaForm {
        private static final long serialVersionUID = 1L;

        Fen(Class<Long> type) {
            super(type);
        }

        @Override
        public void describe(ObjectNode schema) {
            schema.put("type", "integer").put("minimum", 0).put("maximum", Long.MAX_VALUE);
        }

        @Override
        public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw JsonErrors.at(p, "expected an amount in fen as a non-negative integer (1 CNY = 100 fen), was "
                        + JsonErrors.describe(p));
            }
            JsonParser.NumberType type = p.getNumberType();
            if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
                throw JsonErrors.at(p, "expected an amount in fen that fits a long, was " + JsonErrors.describe(p));
            }
            long value = p.getLongValue();
            if (value < 0) {
                throw JsonErrors.at(p, "expected an amount in fen >= 0, was " + value);
            }
            return value;
        }

        @Override
        public Long getNullValue(DeserializationContext ctxt) {
            throw JsonErrors.at(ctxt.getParser(), "expected an amount in fen, was null");
        }
    }

    /** A flag: JSON {@code true} or {@code false}. */
    static final class Flag extends StdScalarDeserializer<Boolean> implements SchemaForm {
        private static final long serialVersionUID = 1L;

        Flag(Class<Boolean> type) {
            super(type);
        }

        @Override
        public void describe(ObjectNode schema) {
            schema.put("type", "boolean");
        }

        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (token == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            throw JsonErrors.at(p, "expected true or false, was " + JsonErrors.describe(p));
        }

        @Override
        public Boolean getNullValue(DeserializationContext ctxt) {
            throw JsonErrors.at(ctxt.getParser(), "expected true or false, was null");
        }
    }

    /** A score with a fraction: any JSON number. */
    static final class Decimal extends StdScalarDeserializer<Double> implements SchemaForm {
        private static final long serialVersionUID = 1L;

        Decimal(Class<Double> type) {
            super(type);
        }

        @Override
        public void describe(ObjectNode schema) {
            schema.put("type", "number");
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                throw JsonErrors.at(p, "expected a number, was " + JsonErrors.describe(p));
            }
            return p.getDoubleValue();
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            throw JsonErrors.at(ctxt.getParser(), "expected a number, was null");
        }
    }

    /** An enum constant by its exact name; the message lists the constants. */
    static final class Constant extends StdScalarDeserializer<Object> implements SchemaForm {
        private static final long serialVersionUID = 1L;

        private final Enum<?>[] constants;
        private final String names;

        Constant(Class<?> type) {
            super(type);
            this.constants = (Enum<?>[]) type.getEnumConstants();
            this.names = JsonErrors.names(constants);
        }

        @Override
        public void describe(ObjectNode schema) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Enum<?> constant : constants) {
                values.add(constant.name());
            }
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonErrors.at(p, "expected one of " + names + ", was " + JsonErrors.describe(p));
            }
            String text = p.getText();
            for (Enum<?> constant : constants) {
                if (constant.name().equals(text)) {
                    return constant;
                }
            }
            throw JsonErrors.at(p, "unknown " + handledType().getSimpleName() + " " + Echo.quote(text) + "; expected one of " + names);
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            throw JsonErrors.at(ctxt.getParser(), "expected one of " + names + ", was null");
        }
    }
}
