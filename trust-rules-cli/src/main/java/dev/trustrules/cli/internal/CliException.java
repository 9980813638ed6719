package dev.trustrules.cli.internal;

/** A command failed in a way the user can fix; printed as one line, and the process exits with {@link #exitCode()}. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    /** Bad input or usage (exit 2). */
    public static CliException badInput(String message) {
        return new CliException(2, message);
    }

    /** A check, test or evaluation failed (exit 1). */
    public static CliException failed(String message) {
        return new CliException(1, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
