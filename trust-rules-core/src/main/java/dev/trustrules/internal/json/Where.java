package dev.trustrules.internal.json;

import dev.trustrules.json.TrustJsonException;

/**
 * Where an object starts in its document. A document record with a component of this type gets it
 * filled in by {@link RecordBinder}; it is never a JSON field.
 *
 * @param path the object's JSON path ({@code given.claim}), empty for the document itself
 * @param line the 1-based line of the object's opening brace
 * @param column the 1-based column of the object's opening brace
 */
public record Where(String path, int line, int column) {

    /** The path of one of the object's fields. */
    public String field(String name) {
        return JsonPaths.child(path, name);
    }

    /** An error about the object as a whole, located at its start. */
    public TrustJsonException error(String problem) {
        return new TrustJsonException(path, line, column, problem);
    }

    /** An error about one of the object's fields, located at the object's start. */
    public TrustJsonException error(String field, String problem) {
        return new TrustJsonException(field(field), line, column, problem);
    }
}
