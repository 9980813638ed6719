package dev.trustrules.internal.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.internal.load.PolicySource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-model cache's own bookkeeping: where entries go, which it keeps. */
class ModelCacheTest {
    @TempDir
    Path dir;

    private static PolicySource source(int n) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        files.put("rules/r.drl", ("package rules; // " + n).getBytes(StandardCharsets.UTF_8));
        return new PolicySource("test", "t", "1", "CNY", null, files, Map.of());
    }

    private static ModelArchive archive(PolicySource source) {
        return new ModelArchive(source.sha256(), ModelArchive.runningDrools(),
                new GeneratedModel(Map.of("rules/Empty", new byte[] {1, 2, 3}), List.of()), List.of(), Map.of("R-1 x", "abc"));
    }

    @Test
    void should_keep_entries_apart_by_library_and_drools_version() {
        ModelCache cache = new ModelCache(dir, "1.2.3");

        assertThat(cache.folder()).isEqualTo(dir.resolve("1.2.3").resolve(ModelArchive.runningDrools()));
    }

    @Test
    void should_give_back_what_it_stored_and_nothing_for_other_files() {
        ModelCache cache = new ModelCache(dir, "1.2.3");
        PolicySource one = source(1);

        cache.store(one, archive(one));

        assertThat(cache.find(one)).isNotNull().satisfies(found -> {
            assertThat(found.sha256()).isEqualTo(one.sha256());
            assertThat(found.rules()).isEqualTo(Map.of("R-1 x", "abc"));
        });
        assertThat(cache.find(source(2))).isNull();
        assertThat(new ModelCache(dir, "1.2.4").find(one)).as("another library version").isNull();
    }

    @Test
    void should_delete_the_least_recently_used_entries_beyond_the_limit() throws IOException {
        ModelCache cache = new ModelCache(dir, "1.2.3");
        List<PolicySource> sources = new ArrayList<>();
        for (int i = 0; i < ModelCache.MAX_ENTRIES; i++) {
            PolicySource source = source(i);
            sources.add(source);
            cache.store(source, archive(source));
            Files.setLastModifiedTime(cache.folder().resolve(source.sha256() + ".model"), FileTime.fromMillis(1_000_000L + i));
        }
        assertThat(cache.find(sources.get(0))).isNotNull(); // the oldest, now the most recently used

        PolicySource newest = source(ModelCache.MAX_ENTRIES);
        cache.store(newest, archive(newest));

        try (Stream<Path> files = Files.list(cache.folder())) {
            assertThat(files.filter(f -> f.toString().endsWith(".model")).count()).isEqualTo(ModelCache.MAX_ENTRIES);
        }
        assertThat(cache.find(sources.get(1))).as("the least recently used, deleted").isNull();
        assertThat(cache.find(sources.get(0))).isNotNull();
        assertThat(cache.find(newest)).isNotNull();
    }
}
