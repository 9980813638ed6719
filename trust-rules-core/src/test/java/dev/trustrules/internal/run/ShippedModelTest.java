package dev.trustrules.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.PolicyBuildException;
import dev.trustrules.internal.compile.CompiledModels;
import dev.trustrules.internal.compile.GeneratedModel;
import dev.trustrules.internal.compile.ModelArchive;
import dev.trustrules.internal.compile.ModelGenerator;
import dev.trustrules.internal.compile.ParsedPolicy;
import dev.trustrules.internal.compile.PolicyParser;
import dev.trustrules.internal.compile.PrecompiledModel;
import dev.trustrules.internal.load.PolicyFiles;
import dev.trustrules.internal.load.PolicySource;
import dev.trustrules.internal.verify.Allowlist;
import dev.trustrules.internal.verify.BytecodeVerifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import dev.trustrules.TestPolicies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version shipped in a jar on the class path is verified by the build of that jar, which records the
 * sandbox that passed it; it is not verified again only if that is the sandbox running now. An archive
 * from anywhere else (a directory on the class path, a bundle) is verified whatever it records. The payload: the hostile corpus's policy that reads the wall
 * clock, compiled without the sandbox, so that only a verification of its classes can refuse it.
 */
class ShippedModelTest {
    private static final PolicySource READS_THE_CLOCK =
            PolicyFiles.fromDirectory(Path.of("src/test/resources/hostile/clock-current-time-millis")).get(0);
    private static final String ANOTHER_SANDBOX = "0".repeat(64);

    @TempDir
    static Path jars;

    @Test
    void should_verify_a_shipped_archive_again_when_another_sandbox_verified_it() {
        ModelArchive archive = archiveOf(READS_THE_CLOCK, ANOTHER_SANDBOX);

        assertRefused(CompiledModels.onClasspath(servingOnClasspath(archive)));
    }

    @Test
    void should_verify_a_shipped_archive_again_when_it_records_no_sandbox() {
        ModelArchive archive = archiveOf(READS_THE_CLOCK, null);

        assertRefused(CompiledModels.onClasspath(servingOnClasspath(archive)));
    }

    @Test
    void should_verify_an_archive_in_a_directory_on_the_class_path_even_when_it_records_the_running_sandbox() {
        // a folder on the class path may be one that people who edit rules can write to: not deployed code
        ModelArchive archive = archiveOf(READS_THE_CLOCK, Allowlist.standard().sandboxFingerprint());
        CompiledModels inFolder = CompiledModels.onClasspath(servingFromDirectory(archive));

        assertThat(inFolder.locate(READS_THE_CLOCK).shipped()).isFalse();
        assertRefused(inFolder);
        assertThatThrownBy(() -> VersionBuilder.prepare(READS_THE_CLOCK, strict(inFolder)))
                .isInstanceOf(PolicyBuildException.class).hasMessageContaining("java.lang.System");
    }

    @Test
    void should_verify_an_archive_from_a_bundle_even_when_it_records_the_running_sandbox() {
        ModelArchive archive = archiveOf(READS_THE_CLOCK, Allowlist.standard().sandboxFingerprint());

        assertRefused(CompiledModels.of(Map.of(READS_THE_CLOCK.sha256(), archive)));
    }

    @Test
    void should_load_a_shipped_archive_unverified_when_the_running_sandbox_verified_it() {
        // a jar on the class path is code the JVM runs unchecked: an archive in it that records the running
        // sandbox is taken as verified (the payload is never evaluated here)
        ModelArchive archive = archiveOf(READS_THE_CLOCK, Allowlist.standard().sandboxFingerprint());
        CompiledModels shipped = CompiledModels.onClasspath(servingOnClasspath(archive));

        CompiledModels.Located located = shipped.locate(READS_THE_CLOCK);
        assertThat(VersionBuilder.verifiedWhenShipped(located.shipped(), located.archive())).isTrue();
        try (CompiledPolicy version = VersionBuilder.build(READS_THE_CLOCK, strict(shipped))) {
            assertThat(version.precompiled()).isTrue();
            assertThat(version.ruleNames()).containsExactly("H-01 stamps");
        }
    }

    @Test
    void should_read_back_the_sandbox_and_the_rule_of_each_class_an_archive_records() {
        ModelArchive stamped = archiveOf(READS_THE_CLOCK, Allowlist.standard().sandboxFingerprint());
        ModelArchive unstamped = archiveOf(READS_THE_CLOCK, null);

        ModelArchive read = ModelArchive.read(stamped.write());

        assertThat(read.sandboxed()).isEqualTo(stamped.sandboxed());
        assertThat(read.sandboxed().ruleOfClass()).isNotEmpty().containsValue("H-01 stamps");
        assertThat(ModelArchive.read(unstamped.write()).sandboxed()).isNull();
    }

    @Test
    void should_read_an_archives_header_without_reading_its_classes() {
        ModelArchive archive = archiveOf(READS_THE_CLOCK, Allowlist.standard().sandboxFingerprint());
        byte[] bytes = archive.write();
        // the bytes end with the local header of the first class's entry: reading any class would fail
        int firstClassNamed = endOfFirstClassHeader(bytes);

        ModelArchive.Header read = ModelArchive.readHeader(new ByteArrayInputStream(bytes, 0, firstClassNamed));

        assertThat(read).isEqualTo(archive.header());
        assertThat(read.rules()).containsOnlyKeys("H-01 stamps");
        assertThatThrownBy(() -> ModelArchive.read(java.util.Arrays.copyOf(bytes, firstClassNamed)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_hold_only_the_header_of_a_shipped_archive_until_the_version_is_built() {
        ModelArchive archive = archiveOf(READS_THE_CLOCK, Allowlist.standard().sandboxFingerprint());
        int[] reads = {0};
        CompiledModels shipped = CompiledModels.onClasspath(servingOnClasspath(archive, reads));

        CompiledModels.Located located = shipped.locate(READS_THE_CLOCK);
        assertThat(located.header()).isEqualTo(archive.header());
        assertThat(reads[0]).isEqualTo(1);

        assertThat(located.archive().write()).isEqualTo(archive.write());
        assertThat(reads[0]).isEqualTo(2);
    }

    @Test
    void should_compile_the_rule_files_when_a_shipped_archive_reads_but_its_classes_do_not(@TempDir Path dir) {
        PolicySource refunds = PolicyFiles.fromDirectory(TestPolicies.withRules(dir, TestPolicies.refundRule("REFUND"))).get(0);
        byte[] bytes = archiveOf(refunds, Allowlist.standard().sandboxFingerprint()).write();
        byte[] cut = java.util.Arrays.copyOf(bytes, endOfFirstClassHeader(bytes) + 8); // the classes are cut short
        CompiledModels shipped = CompiledModels.onClasspath(servingOnClasspath(refunds.sha256(), cut, new int[1]));

        LazyVersion version = VersionBuilder.prepare(refunds, strict(shipped));
        assertThat(version.isBuilt()).isFalse();
        assertThat(version.ruleNames()).containsExactly("R-01 refund");

        CompiledPolicy built = version.get();
        assertThat(built.precompiled()).isFalse();
        assertThat(built.ruleNames()).containsExactly("R-01 refund");
        version.close();
    }

    /** Where the local header of an archive's first class entry ends (a zip local header: 30 bytes, the name, the extra field). */
    private static int endOfFirstClassHeader(byte[] bytes) {
        int name = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("classes/");
        int header = name - 30;
        return name + unsigned16(bytes, header + 26) + unsigned16(bytes, header + 28);
    }

    private static int unsigned16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }

    private static void assertRefused(CompiledModels models) {
        CompiledModels.Located located = models.locate(READS_THE_CLOCK);
        assertThat(VersionBuilder.verifiedWhenShipped(located.shipped(), located.archive())).isFalse();
        assertThatThrownBy(() -> VersionBuilder.build(READS_THE_CLOCK, strict(models)))
                .isInstanceOf(PolicyBuildException.class)
                .hasMessageContaining("guarantees/rules.drl:12:")
                .hasMessageContaining("java.lang.System");
    }

    /** The policy's classes as the executable model compiles them without the sandbox, recording {@code sandbox} if not null. */
    private static ModelArchive archiveOf(PolicySource source, String sandbox) {
        ParsedPolicy parsed = PolicyParser.parse(source, false);
        GeneratedModel model = ModelGenerator.generate(parsed);
        Map<String, String> ruleOfClass = new BytecodeVerifier(Allowlist.standard()).verify(model.classes()).ruleOfClass();
        return new ModelArchive(source.sha256(), ModelArchive.runningDrools(), model, List.of(), parsed.ruleFingerprints(),
                sandbox == null ? null : new ModelArchive.Sandboxed(sandbox, ruleOfClass));
    }

    /** A class loader whose class path holds {@code archive} in a jar, where a jar's precompiled versions lie. */
    private static ClassLoader servingOnClasspath(ModelArchive archive) {
        return servingOnClasspath(archive, new int[1]);
    }

    /** The same, counting in {@code reads[0]} how often the archive is read. */
    private static ClassLoader servingOnClasspath(ModelArchive archive, int[] reads) {
        return servingOnClasspath(archive.sha256(), archive.write(), reads);
    }

    private static ClassLoader servingOnClasspath(String sha256, byte[] bytes, int[] reads) {
        String name = PrecompiledModel.RESOURCES + sha256 + ".model";
        try {
            Path jar = Files.createTempFile(jars, "precompiled", ".jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                out.putNextEntry(new JarEntry(name));
                out.write(bytes);
                out.closeEntry();
            }
            return countingLoader(jar, name, reads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A class loader whose class path holds {@code archive} in a directory (a folder people may edit rules in). */
    private static ClassLoader servingFromDirectory(ModelArchive archive) {
        String name = PrecompiledModel.RESOURCES + archive.sha256() + ".model";
        try {
            Path folder = Files.createTempDirectory(jars, "classes");
            Files.createDirectories(folder.resolve(name).getParent());
            Files.write(folder.resolve(name), archive.write());
            return countingLoader(folder, name, new int[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader countingLoader(Path entry, String name, int[] reads) throws IOException {
        return new URLClassLoader(new URL[] {entry.toUri().toURL()}, ShippedModelTest.class.getClassLoader()) {
            @Override
            public URL getResource(String resource) {
                URL found = super.getResource(resource);
                if (found == null || !resource.equals(name)) {
                    return found;
                }
                try { // the same URL, counting each time it is read
                    return new URL(null, found.toString(), new URLStreamHandler() {
                        @Override
                        protected URLConnection openConnection(URL url) throws IOException {
                            reads[0]++;
                            return found.openConnection();
                        }
                    });
                } catch (java.net.MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private static EngineSettings strict(CompiledModels models) {
        return new EngineSettings(Clock.systemUTC(), 10_000, 2, true, models);
    }
}
