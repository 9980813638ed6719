package dev.trustrules.internal.compile;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.Problem;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.verify.Allowlist;
import dev.trustrules.internal.verify.BytecodeVerifier;
import dev.trustrules.internal.verify.PolicyShape;
import dev.trustrules.internal.verify.ViolationProblems;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Policy versions compiled at build time, so that a service starting on them compiles nothing.
 *
 * <p>The build step ({@link #main}) compiles every version of a policy folder, checks it strictly and
 * verifies its classes, and writes each as a {@link ModelArchive} resource
 * {@code META-INF/trust-rules/precompiled/<sha256>.model}, named by the SHA-256 of that version's rule
 * files. At run time {@link #find} is asked for a version's SHA-256: an archive is used only for exactly
 * those rule files and only if the Drools version running compiled it; its classes are verified again
 * before they are loaded. Any other policy (edited, overridden, an analyst's folder) is compiled from
 * its rule files, so a precompiled model never runs stale rules.
 */
public final class PrecompiledModel {
    static final String RESOURCES = "META-INF/trust-rules/precompiled/";
    /** Disables {@link #find}, to compare with (or fall back to) compiling the rule files. */
    public static final String DISABLED_PROPERTY = "trustrules.precompiled.disabled";

    private PrecompiledModel() {}

    /** The archive precompiled from exactly {@code source}'s rule files on {@code loader}'s class path, or {@code null}. */
    public static ModelArchive find(PolicySource source, ClassLoader loader) {
        if (loader == null || Boolean.getBoolean(DISABLED_PROPERTY)) {
            return null;
        }
        String sha = source.sha256();
        try (InputStream in = loader.getResourceAsStream(RESOURCES + sha + ".model")) {
            if (in == null) {
                return null;
            }
            ModelArchive archive = ModelArchive.read(in.readAllBytes());
            return archive.sha256().equals(sha) && archive.drools().equals(ModelArchive.runningDrools()) ? archive : null;
        } catch (IOException | IllegalArgumentException e) {
            return null; // unusable: the rule files are compiled instead
        }
    }

    /**
     * Build step: {@code PrecompiledModel <policy folder> <classes directory>}. Fails on any problem, warning
     * or refusal of the sandbox: a bundled policy compiles cleanly.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: PrecompiledModel <policy folder> <classes directory>");
        }
        Path policy = Path.of(args[0]);
        Path output = Path.of(args[1]).resolve(RESOURCES);
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
            List<Problem> problems = new java.util.ArrayList<>(PolicyShape.check(parsed, true));
            problems.addAll(dev.trustrules.internal.verify.AnalystChecks.check(parsed));
            problems.addAll(dev.trustrules.internal.verify.SourceUses.check(parsed, Allowlist.standard()));
            if (!problems.isEmpty()) {
                throw new PolicyBuildException(source.origin(), problems);
            }
            GeneratedModel model = ModelGenerator.generate(parsed);
            BytecodeVerifier.Report report = new BytecodeVerifier(Allowlist.standard()).verify(model.classes());
            if (!report.violations().isEmpty()) {
                throw new PolicyBuildException(source.origin(), ViolationProblems.of(report, parsed));
            }
            ModelArchive archive = new ModelArchive(source.sha256(), ModelArchive.runningDrools(), model, List.of(),
                    parsed.ruleFingerprints());
            Files.write(output.resolve(source.sha256() + ".model"), archive.write());
            System.out.printf("precompiled %s %s: %d classes, %d models%n", source.name(), source.version(),
                    model.classes().size(), model.models().size());
        }
        System.out.printf("precompiled %s in %d ms%n", policy, (System.nanoTime() - start) / 1_000_000);
    }
}
