package dev.trustrules.cli;

import static dev.trustrules.cli.CliRun.RESOURCES;
import static dev.trustrules.cli.CliRun.run;
import static dev.trustrules.cli.CliRun.runWithStdin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioNewCommandTest {
    private static final String CLAIM = RESOURCES + "claims/counterfeit.json";

    @TempDir
    Path dir;

    @Test
    void should_write_a_scenario_that_test_passes_on_when_given_a_claim() throws IOException {
        Path file = dir.resolve("scenarios/counterfeit.yaml");

        CliRun written = run("scenario", "new", "--from", CLAIM, "-o", file.toString());
        CliRun tested = run("test", file.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(written.err()).isEqualTo("wrote " + file + ": scenario \"counterfeit\", expecting tier GOLD, 4 guarantees, "
                + "1 entitlement, 0 denials, 4 sanctions\n");
        assertThat(Files.readString(file)).startsWith("# Written by 'trust-rules scenario new' from counterfeit.json: what "
                + "trust-default@2026.11.0 (sha256 ").contains("""
                expect:
                  buyerTier: GOLD
                """, """
                  entitlements:
                    - type: FAKE_ONE_PAY_TEN
                      refundFen: 19900
                      payoutFen: 204000
                      payer: SHOP
                      returnRequired: false
                      reason: COUNTERFEIT_CONFIRMED
                  denials: []
                  sanctions:
                    - type: WARNING
                      days: 0
                      points: 0
                      reason: POINTS_WARNING_THRESHOLD
                    - type: TRAFFIC_RESTRICTION
                      days: 7
                      points: 0
                      reason: POINTS_WARNING_THRESHOLD
                    - type: VIOLATION_POINTS
                      days: 0
                      points: 12
                      reason: COUNTERFEIT_CONFIRMED
                    - type: LISTING_REMOVED
                      days: 0
                      points: 0
                      reason: COUNTERFEIT_CONFIRMED
                  standings: []
                  traffic: []
                """);
        assertThat(tested.exitCode()).as(tested.out()).isZero();
        assertThat(tested.out()).contains("PASS  counterfeit\n", "1 passed, 0 failed");
    }

    @Test
    void should_decide_on_the_policy_directory_when_policy_is_given() throws IOException {
        Path file = dir.resolve("refund.yaml");
        Path claim = Files.writeString(dir.resolve("refund-claim.json"), Files.readString(Path.of(CLAIM))
                .replace("\"type\": \"COUNTERFEIT\"", "\"type\": \"REFUND_WITHOUT_RETURN\""));

        CliRun written = run("scenario", "new", "--policy", CliRun.DEFAULT_POLICY_DIR, "--from", claim.toString(), "-o", file.toString());
        CliRun tested = run("test", "--policy", CliRun.DEFAULT_POLICY_DIR, file.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readString(file)).contains("name: refund claim\n", "    type: REFUND_WITHOUT_RETURN\n", """
                  denials:
                    - type: REFUND_WITHOUT_RETURN
                      reason: AMOUNT_ABOVE_TIER_LIMIT
                """);
        assertThat(tested.exitCode()).as(tested.out()).isZero();
        assertThat(tested.out()).contains("PASS  refund claim\n");
    }

    @Test
    void should_pin_the_standing_and_the_traffic_weight_when_given_a_creator_review() throws IOException {
        Path review = Files.writeString(dir.resolve("creator-review.json"), """
                { "evaluatedAt": "2026-03-02T10:00:00+08:00",
                  "creator": { "id": "c-1", "status": "ACTIVE", "violationPoints365d": 0, "confirmedCounterfeits365d": 0,
                               "wordOfMouth": { "overall": 4.8, "buyerReviews": 4.7, "productReviews": 4.9, "serviceReputation": 4.6 },
                               "repeatCustomers": { "recommendationIndex": 80, "netPromoterScore": 50 } } }
                """);
        Path file = dir.resolve("creator-review.yaml");

        CliRun written = run("scenario", "new", "--from", review.toString(), "-o", file.toString());
        CliRun tested = run("test", file.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.err()).isEqualTo("wrote " + file + ": scenario \"creator review\", expecting 0 guarantees, 0 entitlements, "
                + "0 denials, 0 sanctions, 1 standing, 1 traffic weight\n");
        assertThat(Files.readString(file)).endsWith("""
                  standings:
                    - actor: CREATOR
                      tier: HIGH
                      reason: HIGH_TRUST_RECORD
                  traffic:
                    - actor: CREATOR
                      weight: BOOST
                      reason: HIGH_TRUST_REPEAT_CUSTOMERS
                """);
        assertThat(tested.exitCode()).as(tested.out()).isZero();
    }

    @Test
    void should_print_the_scenario_named_as_asked_when_no_file_is_given() throws IOException {
        CliRun run = runWithStdin(Files.readString(Path.of(CLAIM)), "scenario", "new", "--from", "-", "--name", "counterfeit granted 10x");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("# Written by 'trust-rules scenario new' from standard input: what trust-default@")
                .contains("\nname: counterfeit granted 10x\ngiven:\n  evaluatedAt: 2026-03-02T10:00:00+08:00\n  order:\n    id: o-1001\n");
    }

    @Test
    void should_keep_the_existing_file_and_exit_2_when_it_exists_and_force_is_not_given() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "# my own scenario\n");

        CliRun run = run("scenario", "new", "--from", CLAIM, "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trust-rules: " + file + ": already exists; give --force to replace it\n");
        assertThat(Files.readString(file)).isEqualTo("# my own scenario\n");
    }

    @Test
    void should_replace_the_file_when_force_is_given() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.yaml"), "# my own scenario\n");

        CliRun run = run("scenario", "new", "--from", CLAIM, "-o", file.toString(), "--force");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).contains("name: counterfeit\n");
    }

    @Test
    void should_name_the_file_and_field_and_write_nothing_when_the_document_is_bad() {
        Path file = dir.resolve("bad.yaml");

        CliRun run = run("scenario", "new", "--from", RESOURCES + "claims/unknown-field.json", "-o", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("trust-rules: src/test/resources/claims/unknown-field.json: order.paidFenn: unknown field; "
                + "expected one of id, buyerId, shopId, productId, category, paidFen, ").doesNotContain("\tat ");
        assertThat(file).doesNotExist();
    }

    @Test
    void should_exit_2_when_the_document_is_missing_or_from_is_not_given() {
        CliRun missing = run("scenario", "new", "--from", "no-such.json");
        CliRun noFrom = run("scenario", "new");
        CliRun noSubcommand = run("scenario");

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("trust-rules: no-such.json: no such file\n");
        assertThat(noFrom.exitCode()).isEqualTo(2);
        assertThat(noFrom.err()).startsWith("trust-rules: Missing required option: '--from=FILE|-'\n");
        assertThat(noSubcommand.exitCode()).isEqualTo(2);
        assertThat(noSubcommand.err()).startsWith("trust-rules: a subcommand is required: new\n");
    }
}
