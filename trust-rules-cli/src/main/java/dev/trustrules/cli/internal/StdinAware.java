package dev.trustrules.cli.internal;

import java.io.InputStream;

/** A command that can read standard input ({@code -} as a file name). */
public interface StdinAware {
    void stdin(InputStream in);
}
