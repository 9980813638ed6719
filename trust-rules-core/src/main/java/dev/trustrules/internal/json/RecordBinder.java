package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.trustrules.json.TrustJsonException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one record type of the JSON form strictly: an object whose fields are the record's components,
 * each read by the mapper's deserializer for its type, each at most once. An unknown field is refused where it stands
 * (Jackson's own bean deserializer buffers unknown fields of record types and reports them after
 * construction, without their place); a required field (one without {@link AbsentMeans}) missing or
 * {@code null} is refused naming it; {@link NotBefore} is checked; and what the record's constructor
 * throws becomes a {@link TrustJsonException} at the object's start.
 */
final class RecordBinder<T> extends StdDeserializer<T> implements ResolvableDeserializer {
    private static final long serialVersionUID = 1L;

    private final transient Constructor<T> constructor;
    private final int arity;
    private final String[] names;
    private final int[] slots;
    private final transient java.lang.reflect.Type[] types;
    private final boolean[] optional;
    private final boolean[] nullMeansEmpty;
    private final boolean[] array;
    private final Object[] absent;
    private final transient Class<?>[] custom;
    private final long required;
    private final Map<String, Integer> index;
    private final String fieldList;
    private final int whereSlot;
    private final String whenMissing;
    private final int shorthand;
    private final int[][] notBefore;
    private final String[] because;
    private transient JsonDeserializer<?>[] values;

    RecordBinder(Class<T> type, Class<?> mixin) {
        super(type);
        RecordComponent[] components = type.getRecordComponents();
        this.arity = components.length;
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor: " + type, e);
        }
        List<RecordComponent> fields = new ArrayList<>();
        int where = -1;
        for (int i = 0; i < components.length; i++) {
            if (components[i].getType() == Where.class) {
                where = i;
            } else {
                fields.add(components[i]);
            }
        }
        int n = fields.size();
        if (n > 63) {
            throw new IllegalStateException(type + " has more than 63 fields");
        }
        this.whereSlot = where;
        this.names = new String[n];
        this.slots = new int[n];
        this.types = new java.lang.reflect.Type[n];
        this.optional = new boolean[n];
        this.nullMeansEmpty = new boolean[n];
        this.array = new boolean[n];
        this.absent = new Object[n];
        this.custom = new Class<?>[n];
        this.index = new HashMap<>();
        long mask = 0;
        List<int[]> rules = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            RecordComponent c = fields.get(f);
            names[f] = c.getName();
            slots[f] = Arrays.asList(components).indexOf(c);
            types[f] = c.getGenericType();
            array[f] = Collection.class.isAssignableFrom(c.getType());
            absent[f] = zero(c.getType());
            AbsentMeans absence = annotation(c, mixin, AbsentMeans.class);
            optional[f] = absence != null;
            nullMeansEmpty[f] = absence != null && absence.nullMeansEmpty();
            if (!optional[f]) {
                mask |= 1L << f;
            }
            JsonDeserialize using = c.getAccessor().getAnnotation(JsonDeserialize.class);
            custom[f] = using == null || using.using() == JsonDeserializer.None.class ? null : using.using();
            index.put(names[f], f);
        }
        for (int f = 0; f < n; f++) {
            NotBefore rule = annotation(fields.get(f), mixin, NotBefore.class);
            if (rule != null) {
                Integer earlier = index.get(rule.value());
                if (earlier == null) {
                    throw new IllegalStateException(type + "." + names[f] + ": @NotBefore names no field " + rule.value());
                }
                rules.add(new int[] {f, earlier});
                reasons.add(rule.because());
            }
        }
        this.required = mask;
        this.fieldList = String.join(", ", names);
        this.notBefore = rules.toArray(int[][]::new);
        this.because = reasons.toArray(String[]::new);
        WhenMissing missing = annotation(type, mixin, WhenMissing.class);
        this.whenMissing = missing == null ? null : missing.value();
        Shorthand brief = annotation(type, mixin, Shorthand.class);
        this.shorthand = brief == null ? -1 : index.get(brief.value());
    }

    /** The JSON fields of a record type, in its order, comma-separated: {@code id, buyerId, ...}. */
    static String fieldList(Class<?> recordType) {
        return Arrays.stream(recordType.getRecordComponents()).filter(c -> c.getType() != Where.class)
                .map(RecordComponent::getName).collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    public void resolve(DeserializationContext ctxt) throws JsonMappingException {
        JsonDeserializer<?>[] resolved = new JsonDeserializer<?>[names.length];
        for (int f = 0; f < names.length; f++) {
            if (custom[f] != null) {
                try {
                    Constructor<?> create = custom[f].getDeclaredConstructor();
                    create.setAccessible(true);
                    resolved[f] = (JsonDeserializer<?>) create.newInstance();
                } catch (ReflectiveOperationException e) {
                    throw JsonMappingException.from(ctxt, "cannot create " + custom[f], e);
                }
            } else {
                resolved[f] = ctxt.findContextualValueDeserializer(ctxt.getTypeFactory().constructType(types[f]), null);
            }
        }
        this.values = resolved;
    }

    @Override
    public boolean isCachable() {
        return true;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonLocation start = p.currentTokenLocation();
        JsonToken token = p.currentToken();
        Object[] args = new Object[arity];
        long seen = 0;
        JsonLocation[] at = notBefore.length == 0 ? null : new JsonLocation[names.length];
        if (token == JsonToken.VALUE_STRING && shorthand >= 0) {
            args[slots[shorthand]] = values[shorthand].deserialize(p, ctxt);
            seen = 1L << shorthand;
        } else {
            if (token != JsonToken.START_OBJECT) {
                throw JsonErrors.at(p, "expected an object with " + fieldList + ", was " + JsonErrors.describe(p));
            }
            for (token = p.nextToken(); token == JsonToken.FIELD_NAME; token = p.nextToken()) {
                Integer found = index.get(p.currentName());
                token = p.nextToken();
                if (found == null) {
                    throw JsonErrors.at(p, "unknown field; expected one of " + fieldList);
                }
                int f = found;
                if ((seen & (1L << f)) != 0) {
                    throw JsonErrors.at(p, "duplicate field; a field may appear once in an object");
                }
                if (token == JsonToken.VALUE_NULL) {
                    if (!optional[f]) {
                        throw JsonErrors.at(p, "required, was null");
                    }
                    args[slots[f]] = nullMeansEmpty[f] ? List.of() : absent[f];
                } else {
                    if (array[f] && token != JsonToken.START_ARRAY) {
                        throw JsonErrors.at(p, "expected an array, was " + JsonErrors.describe(p));
                    }
                    if (at != null) {
                        at[f] = p.currentTokenLocation();
                    }
                    args[slots[f]] = values[f].deserialize(p, ctxt);
                }
                seen |= 1L << f;
            }
        }
        long missing = required & ~seen;
        if (missing != 0) {
            throw missing(p, start, missing);
        }
        for (int f = 0; f < names.length; f++) {
            if ((seen & (1L << f)) == 0) {
                args[slots[f]] = absent[f];
            }
        }
        checkOrder(p, args, at);
        if (whereSlot >= 0) {
            args[whereSlot] = new Where(objectPath(p), start.getLineNr(), start.getColumnNr());
        }
        return construct(p, start, args);
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) {
        throw JsonErrors.at(ctxt.getParser(), "expected an object with " + fieldList + ", was null");
    }

    private TrustJsonException missing(JsonParser p, JsonLocation start, long missing) {
        String path = objectPath(p);
        List<String> fields = new ArrayList<>();
        for (int f = 0; f < names.length; f++) {
            if ((missing & (1L << f)) != 0) {
                fields.add(names[f]);
            }
        }
        String problem = whenMissing != null ? whenMissing
                : "required, was missing" + (fields.size() > 1 ? " (also missing: " + String.join(", ", fields.subList(1, fields.size())) + ")" : "");
        return new TrustJsonException(JsonPaths.child(path, fields.get(0)), start.getLineNr(), start.getColumnNr(), problem);
    }

    private void checkOrder(JsonParser p, Object[] args, JsonLocation[] at) {
        for (int r = 0; r < notBefore.length; r++) {
            int later = notBefore[r][0];
            int earlier = notBefore[r][1];
            if (args[slots[later]] instanceof Instant a && args[slots[earlier]] instanceof Instant b && a.isBefore(b)) {
                String path = objectPath(p);
                throw new TrustJsonException(JsonPaths.child(path, names[later]), at[later].getLineNr(), at[later].getColumnNr(),
                        Timestamps.format(a) + " is before " + JsonPaths.child(path, names[earlier]) + " "
                                + Timestamps.format(b) + ": " + because[r]);
            }
        }
    }

    private T construct(JsonParser p, JsonLocation start, Object[] args) {
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TrustJsonException error) {
                throw error;
            }
            if (cause instanceof RuntimeException) {
                throw new TrustJsonException(objectPath(p), start.getLineNr(), start.getColumnNr(), Echo.shorten(cause.getMessage()));
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + handledType(), e);
        }
    }

    /** The path of the object just read: at its end the parser's context is the one holding it. */
    private static String objectPath(JsonParser p) {
        return p.currentToken() == JsonToken.END_OBJECT ? JsonPaths.of(p.getParsingContext()) : JsonPaths.of(p);
    }

    /** The annotation {@code type} on component {@code c}, or on its accessor in {@code mixin} (also read by {@link JsonSchemas}). */
    static <A extends Annotation> A annotation(RecordComponent c, Class<?> mixin, Class<A> type) {
        A found = c.getAnnotation(type);
        if (found == null && mixin != null) {
            try {
                Method method = mixin.getDeclaredMethod(c.getName());
                found = method.getAnnotation(type);
            } catch (NoSuchMethodException e) {
                found = null;
            }
        }
        return found;
    }

    private static <A extends Annotation> A annotation(Class<?> type, Class<?> mixin, Class<A> annotation) {
        A found = type.getAnnotation(annotation);
        return found != null || mixin == null ? found : mixin.getAnnotation(annotation);
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return 0;
    }
}
