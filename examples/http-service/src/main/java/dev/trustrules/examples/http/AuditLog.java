package dev.trustrules.examples.http;

import dev.trustrules.Decision;
import dev.trustrules.DecisionRecord;
import dev.trustrules.TrustPolicyListener;
import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends every decision to a file as one {@link DecisionRecord} JSON line (JSON Lines), flushed per
 * line. A real service would hand the line to a queue or a log shipper; the listener runs on the
 * calling thread, so it must stay fast.
 */
public final class AuditLog implements TrustPolicyListener, AutoCloseable {
    private final BufferedWriter out;

    public AuditLog(Path file) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the audit log " + file, e);
        }
    }

    @Override
    public void onDecision(TrustRequest request, Decision decision, long nanos) {
        String line = TrustJson.writeRecord(new DecisionRecord(request, decision));
        synchronized (out) {
            try {
                out.write(line);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the audit log", e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (out) {
            out.close();
        }
    }
}
