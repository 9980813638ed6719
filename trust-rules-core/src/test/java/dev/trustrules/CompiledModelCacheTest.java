package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TrustPolicy.Builder#compiledModelCache(Path)}: compiled versions reused by the SHA-256 of their files, never stale. */
class CompiledModelCacheTest {
    @TempDir
    Path dir;

    private static String rules(long payoutFen) {
        return """
                rule "C-01 refund"
                when
                    ClaimedEntitlement(type == EntitlementType.FAKE_ONE_PAY_TEN)
                    Order($paid : paidFen)
                then
                    insert(new GrantEntitlement(EntitlementType.FAKE_ONE_PAY_TEN, "REFUNDED", $paid, %dL, Payer.SHOP, false));
                end
                """.formatted(payoutFen);
    }

    private TrustPolicy build(Path policy, Path cache) {
        return TrustPolicy.builder().fromDirectory(policy).compiledModelCache(cache).build();
    }

    private static long payout(TrustPolicy policy) {
        return policy.evaluate(Requests.counterfeitClaim(1000)).entitlement(EntitlementType.FAKE_ONE_PAY_TEN).orElseThrow().payoutFen();
    }

    private static List<Path> entries(Path cache) throws IOException {
        if (!Files.exists(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void should_store_a_version_by_its_sha256_and_reuse_it_when_the_same_files_are_built_again() throws IOException {
        Path policy = TestPolicies.withRules(dir.resolve("policy"), rules(7));
        Path cache = dir.resolve("cache");
        String sha;
        try (TrustPolicy first = build(policy, cache)) {
            sha = first.id().sha256();
            assertThat(payout(first)).isEqualTo(7);
        }
        List<Path> stored = entries(cache);
        assertThat(stored).singleElement().satisfies(entry -> assertThat(entry.getFileName()).hasToString(sha + ".model"));
        Files.setLastModifiedTime(stored.get(0), FileTime.fromMillis(0));
        Object key = fileKey(stored.get(0));

        try (TrustPolicy second = build(policy, cache)) {
            assertThat(payout(second)).isEqualTo(7);
            assertThat(second.id().sha256()).isEqualTo(sha);
        }

        assertThat(entries(cache)).isEqualTo(stored);
        assertThat(Files.getLastModifiedTime(stored.get(0)).toMillis()).as("used, so touched").isPositive();
        assertThat(fileKey(stored.get(0))).as("read, not written again").isEqualTo(key);
    }

    @Test
    void should_compile_the_edited_files_and_keep_both_versions_when_a_file_changes() throws IOException {
        Path policy = TestPolicies.withRules(dir.resolve("policy"), rules(7));
        Path cache = dir.resolve("cache");
        try (TrustPolicy first = build(policy, cache)) {
            assertThat(payout(first)).isEqualTo(7);
        }
        TestPolicies.withRules(policy, rules(9));

        try (TrustPolicy edited = build(policy, cache)) {
            assertThat(payout(edited)).isEqualTo(9);
        }
        assertThat(entries(cache)).hasSize(2);
    }

    @Test
    @SuppressWarnings("try") // a is built for its cache entry, and closed
    void should_never_use_an_entry_of_other_files_when_one_is_put_under_another_name() throws IOException {
        Path seven = TestPolicies.withRules(dir.resolve("seven"), rules(7));
        Path nine = TestPolicies.withRules(dir.resolve("nine"), rules(9));
        Path cache = dir.resolve("cache");
        String nineSha;
        try (TrustPolicy a = build(seven, cache); TrustPolicy b = TrustPolicy.builder().fromDirectory(nine).build()) {
            nineSha = b.id().sha256();
        }
        Path sevenEntry = entries(cache).get(0);
        Files.copy(sevenEntry, sevenEntry.resolveSibling(nineSha + ".model"));

        try (TrustPolicy b = build(nine, cache)) {
            assertThat(payout(b)).isEqualTo(9);
        }
    }

    @Test
    void should_compile_again_and_repair_the_entry_when_it_is_cut_short_or_not_an_archive() throws IOException {
        Path policy = TestPolicies.withRules(dir.resolve("policy"), rules(7));
        Path cache = dir.resolve("cache");
        try (TrustPolicy first = build(policy, cache)) {
            assertThat(payout(first)).isEqualTo(7);
        }
        Path entry = entries(cache).get(0);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));

        try (TrustPolicy again = build(policy, cache)) {
            assertThat(payout(again)).isEqualTo(7);
        }
        assertUsedOnTheNextBuild(policy, cache, entry);

        Files.writeString(entry, "not a zip");
        try (TrustPolicy again = build(policy, cache)) {
            assertThat(payout(again)).isEqualTo(7);
        }
        assertUsedOnTheNextBuild(policy, cache, entry);
    }

    /** The entry is whole again: the next build takes it (and touches it) instead of compiling and writing it anew. */
    private void assertUsedOnTheNextBuild(Path policy, Path cache, Path entry) throws IOException {
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        Object key = fileKey(entry);
        try (TrustPolicy next = build(policy, cache)) {
            assertThat(payout(next)).isEqualTo(7);
        }
        assertThat(Files.getLastModifiedTime(entry).toMillis()).isPositive();
        assertThat(fileKey(entry)).isEqualTo(key);
    }

    /** The file's identity (device and inode): an entry written again is a new file renamed into place. */
    private static Object fileKey(Path file) throws IOException {
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        assertThat(key).as("a file system with file keys").isNotNull();
        return key;
    }

    @Test
    void should_not_use_a_cache_that_others_may_write_to() throws IOException {
        Path policy = TestPolicies.withRules(dir.resolve("policy"), rules(7));
        Path cache = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));

        try (TrustPolicy built = build(policy, cache)) {
            assertThat(payout(built)).isEqualTo(7);
        }

        assertThat(entries(cache)).isEmpty();
    }

    @Test
    void should_create_the_cache_readable_by_its_owner_only_when_it_does_not_exist() throws IOException {
        Path policy = TestPolicies.withRules(dir.resolve("policy"), rules(7));
        Path cache = dir.resolve("new/cache");

        try (TrustPolicy built = build(policy, cache)) {
            assertThat(payout(built)).isEqualTo(7);
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        assertThat(entries(cache)).hasSize(1);
    }

    @Test
    void should_not_store_a_version_that_fails_the_sandbox() throws IOException {
        Path policy = TestPolicies.withRules(dir.resolve("policy"), """
                rule "C-02 reads the clock"
                when
                    Order()
                then
                    insert(new AddNote("AT", String.valueOf(System.currentTimeMillis())));
                end
                """);
        Path cache = dir.resolve("cache");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> build(policy, cache)).isInstanceOf(PolicyBuildException.class);
        assertThat(entries(cache)).isEmpty();
    }

    @Test
    void should_give_every_concurrent_build_the_same_rules_and_leave_one_whole_entry() throws Exception {
        Path policy = TestPolicies.withRules(dir.resolve("policy"), rules(7));
        Path cache = dir.resolve("cache");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> builds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Long> build = () -> {
                    try (TrustPolicy built = build(policy, cache)) {
                        return payout(built);
                    }
                };
                builds.add(pool.submit(build));
            }
            for (Future<Long> build : builds) {
                assertThat(build.get()).isEqualTo(7);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(entries(cache)).singleElement().satisfies(entry -> assertThat(entry.getFileName().toString()).endsWith(".model"));
    }
}
