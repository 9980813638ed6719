package dev.trustrules.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.internal.Vocabulary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The analysts' list of what rules may call stays true to the allowlist the sandbox applies. */
class AllowlistDocumentationTest {
    private static final Path GUIDE = Path.of("../docs/policy-authoring.md");

    @Test
    void should_name_in_the_guide_every_type_the_allowlist_lists() throws IOException {
        String guide = Files.readString(GUIDE);

        List<String> missing = Allowlist.standard().types().stream()
                .filter(type -> !type.startsWith("org/drools/") && !type.startsWith("org/kie/"))
                .map(type -> type.substring(type.lastIndexOf('/') + 1).replace('$', '.'))
                .filter(simple -> !Pattern.compile("`" + Pattern.quote(simple) + "`").matcher(guide).find())
                .sorted().toList();

        assertThat(missing).as("types the allowlist lists and docs/policy-authoring.md does not name").isEmpty();
    }

    @Test
    void should_list_every_vocabulary_type_with_all_its_public_members() {
        for (Class<?> type : Vocabulary.TYPES) {
            String name = type.getName().replace('.', '/');
            assertThat(Allowlist.standard().allowsType(name)).as(type.getName()).isTrue();
            for (var method : type.getDeclaredMethods()) {
                if (java.lang.reflect.Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    assertThat(Allowlist.standard().allowsMember(name, method.getName())).as(type.getName() + "." + method.getName())
                            .isTrue();
                }
            }
        }
    }

    @Test
    void should_refuse_the_members_that_read_the_clock_or_randomness_or_reach_outside() {
        assertThat(Allowlist.standard().allowsMember("java/time/Instant", "now")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/time/LocalDate", "now")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/lang/Math", "random")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/lang/System", "currentTimeMillis")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/lang/System", "exit")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/lang/String", "repeat")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/lang/String", "matches")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/lang/Object", "getClass")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/lang/Object", "hashCode")).isFalse();
        assertThat(Allowlist.standard().allowsMember("dev/trustrules/facts/Order", "getClass")).isFalse();
        assertThat(Allowlist.standard().allowsMember("org/drools/model/Drools", "getRuntime")).isFalse();
        assertThat(Allowlist.standard().allowsType("dev/trustrules/TrustPolicy")).isFalse();
        assertThat(Allowlist.standard().allowsType("java/lang/ClassLoader")).isFalse();
        assertThat(Allowlist.standard().allowsMember("java/lang/Math", "multiplyExact")).isTrue();
        assertThat(Allowlist.standard().allowsMember("java/time/Instant", "isBefore")).isTrue();
        assertThat(Allowlist.standard().allowsMember("dev/trustrules/facts/Order", "paidFen")).isTrue();
    }
}
