package dev.trustrules.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The boundary of the library: {@code dev.trustrules.internal} and its stages are the engine's, free to
 * change; every other module (the CLI, the fixtures, the metrics, the benchmarks, the examples, and any
 * module added later) uses the public API only. The classes are read from each module's build output,
 * so this runs after them in the reactor. The default policy's own tests (trust-rules-drl's test
 * classes) are the exception: they test the engine on that policy (precompiled versus compiled, fact
 * insertion order) and need its stages.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("..");

    private static List<Path> outputsOutsideTheEngine() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT, 4)) {
            return walk.filter(Files::isDirectory)
                    .filter(dir -> dir.endsWith(Path.of("target", "classes")) || dir.endsWith(Path.of("target", "test-classes")))
                    .filter(dir -> !dir.normalize().toString().contains("trust-rules-core"))
                    .filter(dir -> !dir.normalize().toString().replace('\\', '/').endsWith("trust-rules-drl/target/test-classes"))
                    .filter(dir -> !dir.normalize().toString().contains("/it/"))
                    .sorted().toList();
        }
    }

    @Test
    void should_keep_every_module_but_the_engine_on_the_public_api() throws IOException {
        List<Path> outputs = outputsOutsideTheEngine();
        assertThat(outputs).as("module outputs found").extracting(p -> p.normalize().toString().replace('\\', '/'))
                .anyMatch(p -> p.endsWith("trust-rules-cli/target/classes"))
                .anyMatch(p -> p.endsWith("trust-rules-bench/target/classes"))
                .anyMatch(p -> p.contains("examples/"));

        JavaClasses classes = new ClassFileImporter().importPaths(outputs);

        noClasses().that().resideOutsideOfPackage("dev.trustrules.internal..")
                .should().dependOnClassesThat().resideInAPackage("dev.trustrules.internal..")
                .because("dev.trustrules.internal is the engine's, free to change; modules use the public API")
                .check(classes);
    }
}
