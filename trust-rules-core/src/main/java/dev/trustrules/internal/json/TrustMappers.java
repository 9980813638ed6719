package dev.trustrules.internal.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The two configured mappers: one for JSON, one for YAML scenario files, built once with the same
 * modules and features. Both are immutable after construction and shared by every thread; callers
 * take {@code ObjectReader}s and {@code ObjectWriter}s from them once, never reconfigure them.
 *
 * <p>Every object of the form is read by {@code RecordBinder}, which refuses a duplicate field with its
 * path; the parsers' own duplicate detection (a hash set per object) would only repeat that, slower.
 */
public final class TrustMappers {
    /** Deeper than this is refused while parsing; the JSON form itself is never deeper than 8. */
    static final int MAX_NESTING = 100;

    /** The JSON mapper. */
    public static final ObjectMapper JSON = configure(JsonMapper.builder(JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(Echo.MAX).maxRawContentLength(0).build())
            .build()));

    /** The YAML mapper for scenario files. */
    public static final ObjectMapper YAML = configure(YAMLMapper.builder(YAMLFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build()));

    private TrustMappers() {}

    private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> M configure(B builder) {
        return builder
                .addModule(new JavaTimeModule())
                .addModule(new TrustJsonModule())
                // the readers of TrustJsonModule are strict themselves; these keep any other path strict too.
                // Trailing content is checked by the callers, which read from a parser and say it in words.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                // a TrustJsonException thrown by a reader reaches the caller as it is, not wrapped
                .disable(DeserializationFeature.WRAP_EXCEPTIONS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                // records are written as their components; isDelivered() and the like are not fields
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .build();
    }
}
