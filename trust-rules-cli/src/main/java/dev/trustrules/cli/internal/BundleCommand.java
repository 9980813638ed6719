package dev.trustrules.cli.internal;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.PolicyBundle;
import dev.trustrules.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bundle [--scenarios DIR] [--min-coverage PCT] [--output FILE] DIR}: runs {@code check} and
 * {@code test} on a policy directory and, only if both pass, writes it as one policy bundle.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = {"Makes the policy directory DIR into one versioned, verifiable file (a zip): its rule files, a "
                + "manifest (name, version, SHA-256 of every file, the trust-rules and Drools versions) and each version "
                + "compiled, so a service starts on it without compiling rules.",
            "Runs 'check DIR' and then 'test --policy DIR' on the scenarios first; the bundle is written only if both pass.",
            "Exit code 1 when the check or a scenario fails (nothing is written), 2 on bad input."})
public final class BundleCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--scenarios", paramLabel = "DIR|FILE",
            description = "The scenarios that must pass (default: DIR/scenarios).")
    private List<Path> scenarios;

    @Option(names = "--min-coverage", paramLabel = "PCT",
            description = "Also require that PCT percent of the rules fire in some scenario (as 'test --min-coverage').")
    private Double minCoverage;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the bundle: a file, or a folder for NAME-VERSION" + PolicyBundle.SUFFIX
                    + " (default: that name in the current directory).")
    private Path output;

    @Parameters(paramLabel = "DIR", description = "The policy directory: policy.properties and rule files in package folders.")
    private Path directory;

    @Override
    public Integer call() {
        Policies.requireDirectory(directory, "DIR");
        List<Path> scenarioPaths = scenarios != null ? scenarios : List.of(directory.resolve("scenarios"));
        for (Path path : scenarioPaths) {
            if (!Files.exists(path)) {
                throw CliException.badInput("no scenarios: " + path + " does not exist; a bundle ships only a policy whose "
                        + "scenarios pass (give them with --scenarios)");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        CommandLine root = spec.commandLine().getParent();
        out.println("== check " + directory);
        out.flush();
        if (root.getSubcommands().get("check").execute(directory.toString()) != 0) {
            throw CliException.failed("no bundle written: the check failed");
        }
        List<String> test = new ArrayList<>(List.of("--policy", directory.toString()));
        if (minCoverage != null) {
            test.addAll(List.of("--min-coverage", minCoverage.toString()));
        }
        scenarioPaths.forEach(path -> test.add(path.toString()));
        out.println("== test " + String.join(" ", test));
        out.flush();
        int tested = root.getSubcommands().get("test").execute(test.toArray(String[]::new));
        if (tested != 0) {
            throw tested == 1 ? CliException.failed("no bundle written: the scenarios failed")
                    : new CliException(tested, "no bundle written: the scenarios could not be run");
        }
        PolicyBundle bundle;
        try {
            bundle = PolicyBundle.create(directory);
        } catch (PolicyBuildException e) {
            throw CliException.failed("no bundle written: " + e.problems().stream().filter(Problem::isError)
                    .map(p -> Policies.located(directory, p)).reduce((a, b) -> a + "\n" + b).orElse(e.getMessage()));
        }
        Path named = Path.of(fileName(bundle.name()) + "-" + fileName(bundle.version()) + PolicyBundle.SUFFIX);
        Path file = output == null ? named : Files.isDirectory(output) ? output.resolve(named) : output;
        try {
            bundle.write(file);
        } catch (UncheckedIOException e) {
            throw CliException.badInput("--output: cannot write the bundle to " + file + ": " + reason(e.getCause())
                    + "; give a file in a folder you may write to (or a folder, for the bundle's own name)");
        }
        out.println("== bundle " + file);
        out.println("policy " + bundle.name() + " " + bundle.version() + ": " + bundle.fileSha256s().size() + " files, "
                + bundle.versionSha256s().size() + (bundle.versionSha256s().size() == 1 ? " version" : " versions")
                + " compiled (rules sha256 " + String.join(", ", bundle.versionSha256s().stream().map(s -> s.substring(0, 12)).toList())
                + "), trust-rules " + bundle.libraryVersion() + ", Drools " + bundle.droolsVersion());
        out.println("bundle sha256 " + bundle.sha256());
        out.flush();
        return 0;
    }

    private static String reason(IOException e) {
        String what = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                : e instanceof java.nio.file.FileAlreadyExistsException ? "a file stands where a folder is needed"
                : e instanceof java.nio.file.NotDirectoryException ? "not a folder"
                : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder"
                : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : null;
        if (what == null) {
            return String.valueOf(e.getMessage());
        }
        return e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? what + ": " + fs.getFile() : what;
    }

    private static String fileName(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
