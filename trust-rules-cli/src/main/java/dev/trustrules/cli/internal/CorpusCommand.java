package dev.trustrules.cli.internal;

import dev.trustrules.corpus.SyntheticCorpus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corpus [--count N] [--seed S] [-o FILE] [--force]}: writes a synthetic test corpus as JSON Lines. */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic test corpus: JSON Lines, one fact document per line, for 'trust-rules diff' and "
                + "load tests. The same seed gives the same documents; every kind of question comes in turn (checkouts, claims of "
                + "every type, violations of every type, listings, shop applications, brands, shop reviews), with amounts, scores "
                + "and delays spread across the default policy's thresholds."})
public final class CorpusCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", defaultValue = "1000", description = "How many documents (default: ${DEFAULT-VALUE}).")
    private long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the corpus to FILE (default: standard output).")
    private Path output;

    @Option(names = "--force", description = "Replace FILE if it exists (without it, an existing file is kept and nothing is written).")
    private boolean force;

    @Override
    public Integer call() {
        if (count < 0) {
            throw CliException.badInput("--count: must be 0 or more, was " + count);
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(out);
            return 0;
        }
        try (OutputStream file = OutputFiles.create(output, force);
                Writer out = new BufferedWriter(new OutputStreamWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(out);
        } catch (IOException | UncheckedIOException e) {
            throw CliException.failed(output + ": cannot be written: " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("wrote " + output + ": " + count + " documents (seed " + seed + ")");
        err.flush();
        return 0;
    }

    private void write(Writer out) {
        try {
            SyntheticCorpus.writeJsonLines(out, count, seed);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus", e);
        }
    }
}
