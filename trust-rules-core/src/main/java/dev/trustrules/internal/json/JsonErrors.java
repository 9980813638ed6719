package dev.trustrules.internal.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.trustrules.json.TrustJsonException;
import java.io.CharConversionException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Errors in the one wording of {@link TrustJsonException}: path, problem, line and column. */
public final class JsonErrors {
    private JsonErrors() {}

    /** An error at the parser's current token. */
    public static TrustJsonException at(JsonParser p, String problem) {
        JsonLocation at = p.currentTokenLocation();
        return new TrustJsonException(JsonPaths.of(p), at.getLineNr(), at.getColumnNr(), problem);
    }

    /**
     * The current token in words, for "was ..." in messages; long values are cut.
     *
     * @throws IOException if the token's text cannot be read (not valid UTF-8): that is the problem then
     */
    public static String describe(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "the end of the document";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> Echo.quote(p.getText());
            case VALUE_NULL -> "null";
            default -> Echo.cut(p.getText());
        };
    }

    /** The names of an enum's constants, comma-separated. */
    public static String names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }

    /**
     * A document Jackson could not read (malformed, not valid UTF-8, too deep or too long) as one
     * {@link TrustJsonException}, with Jackson's location but without its source excerpt or stack.
     *
     * @param format {@code JSON} or {@code YAML}, for the message
     */
    public static TrustJsonException unreadable(JsonProcessingException thrown, String format, JsonParser parser) {
        JsonProcessingException e = thrown;
        // a collection wraps what its items throw, with a path relative to itself: the cause says more
        while (e instanceof JsonMappingException && e.getCause() instanceof JsonProcessingException cause) {
            e = cause;
        }
        if (e instanceof JsonMappingException && e.getCause() instanceof CharacterCodingException coding) {
            return undecodable(coding, parser);
        }
        JsonLocation at = e.getLocation();
        if (parser != null && (at == null || e instanceof StreamConstraintsException)) {
            at = parser.currentTokenLocation(); // a value too long is reported where it starts, not where reading stopped
        }
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String what = firstLine(e.getOriginalMessage(), e);
        String path = "";
        if (e.getProcessor() instanceof JsonParser processor) {
            path = JsonPaths.of(processor.getParsingContext());
        } else if (parser != null) {
            path = JsonPaths.of(parser.getParsingContext());
        }
        if (e instanceof StreamConstraintsException) {
            return new TrustJsonException(path, line, column, "refused: " + what);
        }
        if (e instanceof DatabindException && e instanceof JsonMappingException mapping) {
            return new TrustJsonException(mappingPath(mapping), line, column, "invalid: " + what);
        }
        if (what.startsWith("Duplicate field ")) {
            return new TrustJsonException(path, line, column, "duplicate field; a field may appear once in an object");
        }
        if (e.getCause() instanceof CharConversionException || what.contains("Invalid UTF-8")) {
            return new TrustJsonException("", line, column, "not valid UTF-8: " + what.replace(CharConversionException.class.getName() + ": ", ""));
        }
        if (e instanceof JsonParseException || format != null) {
            return new TrustJsonException("", line, column, "malformed " + format + ": " + what);
        }
        return new TrustJsonException("", line, column, what);
    }

    /** Input that could not be decoded into characters (a reader's charset refused it). */
    public static TrustJsonException undecodable(CharacterCodingException e, JsonParser p) {
        JsonLocation at = p == null ? null : p.currentLocation();
        return new TrustJsonException("", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                "not valid text in the input's encoding (UTF-8 expected): " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    private static String mappingPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(Echo.cut(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String firstLine(String message, Throwable e) {
        String what = message == null ? e.getClass().getSimpleName() : message;
        int newline = what.indexOf('\n');
        if (newline >= 0) {
            what = what.substring(0, newline);
        }
        return Echo.shorten(what.strip());
    }
}
