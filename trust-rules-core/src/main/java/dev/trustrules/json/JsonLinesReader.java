package dev.trustrules.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The lines of a JSON Lines corpus as bytes, without their {@code \n} or {@code \r\n}, as
 * {@code trust-rules diff} and the Flink what-if job both split them (so their line numbers and reports
 * agree). The bytes are left undecoded: {@link TrustJson#readRequest(InputStream)} decodes UTF-8 itself,
 * so a bad byte is reported at its line and column instead of failing the read ahead of the line being
 * decided. Not thread-safe.
 */
public final class JsonLinesReader implements Closeable {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];

    /** Reads {@code in}, which {@link #close()} closes. */
    public JsonLinesReader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** The next line, or {@code null} at the end of the input; a last line without {@code \n} is a line. */
    public byte[] next() throws IOException {
        int length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(length) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int count = position - start;
            if (length + count > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
            }
            System.arraycopy(buffer, start, line, length, count);
            length += count;
            if (position < limit) {
                position++; // the \n
                return finish(length);
            }
        }
    }

    private byte[] finish(int length) {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return Arrays.copyOf(line, end);
    }

    /** Whether the line holds only blanks (spaces, tabs, a stray {@code \r}): a corpus line that is skipped. */
    public static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
