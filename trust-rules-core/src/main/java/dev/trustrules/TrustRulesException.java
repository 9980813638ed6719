package dev.trustrules;

/** The root of every exception the library throws on purpose. */
public class TrustRulesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TrustRulesException(String message) {
        super(message);
    }

    public TrustRulesException(String message, Throwable cause) {
        super(message, cause);
    }
}
