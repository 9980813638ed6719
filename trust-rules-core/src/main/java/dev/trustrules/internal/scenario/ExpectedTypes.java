package dev.trustrules.internal.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.trustrules.EntitlementType;
import dev.trustrules.SanctionType;
import dev.trustrules.internal.json.Echo;
import dev.trustrules.internal.json.JsonErrors;
import dev.trustrules.internal.json.SchemaForm;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The type of an expected item, by name, in words an analyst reads ("unknown entitlement type"). */
final class ExpectedTypes {
    private ExpectedTypes() {}

    private static class Names extends StdScalarDeserializer<String> implements SchemaForm {
        private static final long serialVersionUID = 1L;

        private final Class<?> type;
        private final String kind;
        private final Set<String> names;
        private final String list;

        Names(String kind, Enum<?>[] constants) {
            super(String.class);
            this.type = constants[0].getDeclaringClass();
            this.kind = kind;
            this.names = Arrays.stream(constants).map(Enum::name).collect(Collectors.toUnmodifiableSet());
            this.list = JsonErrors.names(constants);
        }

        @Override
        public void describe(ObjectNode schema) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        }

        @Override
        public Class<?> namesOf() {
            return type;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw JsonErrors.at(p, "expected one of " + list + ", was " + JsonErrors.describe(p));
            }
            String text = p.getText();
            if (!names.contains(text)) {
                throw JsonErrors.at(p, "unknown " + kind + " " + Echo.quote(text) + "; expected one of " + list);
            }
            return text;
        }
    }

    /** An {@link EntitlementType} name. */
    static final class Entitlement extends Names {
        private static final long serialVersionUID = 1L;

        Entitlement() {
            super("entitlement type", EntitlementType.values());
        }
    }

    /** A {@link SanctionType} name. */
    static final class Sanction extends Names {
        private static final long serialVersionUID = 1L;

        Sanction() {
            super("sanction type", SanctionType.values());
        }
    }
}
