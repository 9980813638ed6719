package dev.trustrules.internal.precompile;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import dev.trustrules.internal.compile.GeneratedModel;
import dev.trustrules.internal.compile.ModelArchive;
import dev.trustrules.internal.compile.ModelGenerator;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.PolicyParser;
import dev.trustrules.internal.compile.PrecompiledModel;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.verify.Allowlist;
import dev.trustrules.internal.verify.AnalystChecks;
import dev.trustrules.internal.verify.BytecodeVerifier;
import dev.trustrules.internal.verify.PolicyShape;
import dev.trustrules.internal.verify.SourceUses;
import dev.trustrules.internal.verify.ViolationProblems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build step that precompiles a bundled policy: every version compiled, checked strictly, its classes
 * verified, and written as a {@link ModelArchive} resource for {@link PrecompiledModel#find} to serve.
 * Build-time only: trust-rules-drl's build runs it, and no runtime jar holds it.
 */
public final class Precompiler {
    private Precompiler() {}

    /**
     * Build step: {@code Precompiler <policy folder> <classes directory>}. Fails on any problem, warning
     * or refusal of the sandbox: a bundled policy compiles cleanly.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: Precompiler <policy folder> <classes directory>");
        }
        Path policy = Path.of(args[0]);
        Path output = Path.of(args[1]).resolve(PrecompiledModel.RESOURCES);
        long start = System.nanoTime();
        if (Files.isDirectory(output)) {
            try (var old = Files.list(output)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(output);
        for (PolicySource source : PolicyFiles.fromDirectory(policy)) {
            ParsedPolicy parsed = PolicyParser.parse(source);
            List<Problem> problems = new ArrayList<>(PolicyShape.check(parsed, true));
            problems.addAll(AnalystChecks.check(parsed));
            problems.addAll(SourceUses.check(parsed, Allowlist.standard()));
            if (!problems.isEmpty()) {
                throw new PolicyBuildException(source.origin(), problems);
            }
            GeneratedModel model = ModelGenerator.generate(parsed);
            BytecodeVerifier.Report report = new BytecodeVerifier(Allowlist.standard()).verify(model.classes());
            if (!report.violations().isEmpty()) {
                throw new PolicyBuildException(source.origin(), ViolationProblems.of(report, parsed));
            }
            ModelArchive archive = new ModelArchive(source.sha256(), ModelArchive.runningDrools(), model, List.of(),
                    parsed.ruleFingerprints(), new ModelArchive.Sandboxed(Allowlist.standard().sandboxFingerprint(), report.ruleOfClass()));
            Files.write(output.resolve(source.sha256() + ".model"), archive.write());
            System.out.printf("precompiled %s %s: %d classes, %d models%n", source.name(), source.version(),
                    model.classes().size(), model.models().size());
        }
        System.out.printf("precompiled %s in %d ms%n", policy, (System.nanoTime() - start) / 1_000_000);
    }
}
