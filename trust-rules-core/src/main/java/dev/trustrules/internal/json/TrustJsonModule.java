package dev.trustrules.internal.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.trustrules.TrustRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the JSON form adds to Jackson: the strict scalars, the timestamps, {@link RecordBinder} for
 * every record of the library, {@link RequestBinder} for requests, and the mixins of {@link FactForms}.
 * Registered after the JavaTimeModule, so that its readers come first.
 */
final class TrustJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The reader of each scalar type of the form; each says what it takes as JSON Schema ({@link SchemaForm}). */
    static final Map<Class<?>, JsonDeserializer<?>> SCALARS = Map.ofEntries(
            Map.entry(String.class, new StrictScalars.Text()),
            Map.entry(int.class, new StrictScalars.Int(Integer.TYPE)),
            Map.entry(Integer.class, new StrictScalars.Int(Integer.class)),
            Map.entry(long.class, new StrictScalars.Fen(Long.TYPE)),
            Map.entry(Long.class, new StrictScalars.Fen(Long.class)),
            Map.entry(boolean.class, new StrictScalars.Flag(Boolean.TYPE)),
            Map.entry(Boolean.class, new StrictScalars.Flag(Boolean.class)),
            Map.entry(double.class, new StrictScalars.Decimal(Double.TYPE)),
            Map.entry(Double.class, new StrictScalars.Decimal(Double.class)),
            Map.entry(Instant.class, new Timestamps.Reader()),
            Map.entry(LocalDate.class, new Dates()));

    TrustJsonModule() {
        super("trust-rules-json");
        FactForms.MIXINS.forEach(this::setMixInAnnotation);
        addSerializer(Instant.class, new Timestamps.Writer());
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializers(new Forms());
    }

    /** Which reader each type of the form gets. */
    private static final class Forms extends Deserializers.Base {
        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
            Class<?> raw = type.getRawClass();
            JsonDeserializer<?> scalar = SCALARS.get(raw);
            if (scalar != null) {
                return scalar;
            }
            if (raw == TrustRequest.class) {
                return new RequestBinder();
            }
            if (raw.isRecord() && raw.getPackageName().startsWith("dev.trustrules")) {
                return new RecordBinder<>(raw, FactForms.MIXINS.get(raw));
            }
            return null;
        }

        @Override
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
            return new StrictScalars.Constant(type);
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return SCALARS.containsKey(valueType) || valueType.isEnum()
                    || valueType.isRecord() && valueType.getPackageName().startsWith("dev.trustrules");
        }
    }
}
