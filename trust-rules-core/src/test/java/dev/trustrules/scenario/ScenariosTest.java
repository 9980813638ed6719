package dev.trustrules.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.EntitlementType;
import dev.trustrules.TrustPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosTest {
    private static String scenario(String name, String reason) {
        return ScenarioFixtures.scenario(name, reason);
    }

    private static Path policy(Path root, String reason) throws IOException {
        return ScenarioFixtures.policy(root, reason);
    }

    @TempDir
    Path dir;

    @Test
    void should_read_json_and_yaml_files_in_path_order_when_given_a_directory() throws IOException {
        Files.writeString(dir.resolve("b.json"), scenario("from json", "R"));
        Files.writeString(dir.resolve("a.yaml"), """
                - name: first from yaml
                  given: { order: { id: o-1, buyerId: b-1, shopId: s-1, category: APPAREL, paidFen: 100, paidAt: "2026-03-01T10:00:00+08:00", guarantees: [], authenticated: false } }
                  expect:
                    guarantees: [FAKE_ONE_PAY_TEN]
                - name: second from yaml
                  given: { order: { id: o-2, buyerId: b-1, shopId: s-1, category: APPAREL, paidFen: 100, paidAt: "2026-03-01T10:00:00+08:00", guarantees: [], authenticated: false } }
                  expect:
                    buyerTier: GOLD
                """);
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        List<Scenario> scenarios = Scenarios.read(dir);

        assertThat(scenarios).extracting(Scenario::name).containsExactly("first from yaml", "second from yaml", "from json");
        assertThat(scenarios).extracting(Scenario::location)
                .containsExactly(dir + "/a.yaml:1", dir + "/a.yaml:5", dir + "/b.json:1");
        assertThat(scenarios.get(0).expectations())
                .isEqualTo(new Expectations(null, List.of(new Expected("FAKE_ONE_PAY_TEN", Map.of())), null, null, null));
        assertThat(scenarios.get(2).expectations().entitlements()).containsExactly(
                new Expected("FAKE_ONE_PAY_TEN", Map.of("refundFen", "100", "reason", "R")));
    }

    @Test
    void should_name_the_file_path_line_and_column_when_a_scenario_is_invalid() throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                name: bad
                given: { order: { id: o-1, buyerId: b-1, shopId: s-1, category: APPAREL, paidFen: -1, paidAt: "2026-03-01T10:00:00+08:00" } }
                expect: { buyerTier: GOLD }
                """);

        assertThatThrownBy(() -> Scenarios.read(file))
                .isInstanceOfSatisfying(ScenarioException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.path()).isEqualTo("given.order.paidFen");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(83);
                })
                .hasMessage(file + ": given.order.paidFen: expected an amount in fen >= 0, was -1 (line 2, column 83)");
    }

    @Test
    void should_say_no_such_file_or_directory_when_the_path_is_missing() {
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> Scenarios.read(missing))
                .isInstanceOf(ScenarioException.class)
                .hasMessage(missing + ": no such file or directory");
    }

    @Test
    void should_pass_when_the_decision_meets_the_expectations() throws IOException {
        Files.writeString(dir.resolve("s.json"), scenario("granted", "R"));
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(policy(dir.resolve("p"), "R")).build()) {
            ScenarioResult result = Scenarios.check(policy, Scenarios.read(dir.resolve("s.json")).get(0));

            assertThat(result.passed()).isTrue();
            assertThat(result.differences()).isEmpty();
            assertThat(result.decision().grants(EntitlementType.FAKE_ONE_PAY_TEN)).isTrue();
        }
    }

    @Test
    void should_list_the_differences_when_the_decision_differs() throws IOException {
        Files.writeString(dir.resolve("s.json"), scenario("granted", "EXPECTED"));
        try (TrustPolicy policy = TrustPolicy.builder().fromDirectory(policy(dir.resolve("p"), "ACTUAL")).build()) {
            ScenarioResult result = Scenarios.check(policy, Scenarios.read(dir.resolve("s.json")).get(0));

            assertThat(result.passed()).isFalse();
            assertThat(result.differences()).containsExactly(
                    "entitlements:",
                    "  expected   {type: FAKE_ONE_PAY_TEN, refundFen: 100, reason: EXPECTED}",
                    "  actual     {type: FAKE_ONE_PAY_TEN, refundFen: 100, payoutFen: 0, currency: CNY, payer: SHOP, "
                            + "returnRequired: false, reason: ACTUAL, rule: \"S-01 refund\"}  <- differs in reason");
        }
    }
}
