package dev.trustrules.bench;

import dev.trustrules.TrustRequest;
import dev.trustrules.json.TrustJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a JSON Lines corpus of past fact documents for {@code trust-rules diff}: the seeded
 * {@link Workload} mix, repeated with fresh seeds until {@code lines} documents are written.
 *
 * <pre>java -cp trust-rules-bench/target/benchmarks.jar dev.trustrules.bench.GenerateCorpus 1000000 corpus.jsonl</pre>
 */
public final class GenerateCorpus {
    private GenerateCorpus() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: GenerateCorpus LINES FILE");
            System.exit(2);
        }
        long lines = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long seed = 1; written < lines; seed++) {
                List<TrustRequest> batch = Workload.requests((int) Math.min(10_000, lines - written), seed);
                for (TrustRequest request : batch) {
                    // one document per line: the JSON form without its line breaks
                    out.write(TrustJson.writeRequest(request).replaceAll("\\s*\\R\\s*", ""));
                    out.newLine();
                }
                written += batch.size();
            }
        }
        System.out.println(written + " documents written to " + file);
    }
}
