package dev.trustrules.policy;

import static dev.trustrules.SanctionType.SHOP_APPLICATION_BLOCKED;
import static dev.trustrules.policy.DefaultPolicy.decide;
import static dev.trustrules.test.TrustAssertions.assertThat;
import static dev.trustrules.test.TrustFixtures.shopApplication;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustrules.Decision;
import org.junit.jupiter.api.Test;

/**
 * Blocking known violators from opening new shops: governance/applications.drl, SA-01 (person linked to
 * a banned shop), SA-02 (business licence linked to a banned shop), SA-10 (accepted).
 */
class ShopApplicationTest {

    @Test
    void should_block_the_application_when_the_person_is_linked_to_a_banned_shop() {
        Decision decision = decide(shopApplication().application(a -> a.bannedShopOfPerson("s-7")));

        assertThat(decision).sanctionsExactly(SHOP_APPLICATION_BLOCKED)
                .sanctions(SHOP_APPLICATION_BLOCKED).once().withDays(0).withPoints(0).because("PERSON_LINKED_TO_BANNED_SHOP")
                .byRule("SA-01").withDetail("application a-1: person person-9 is linked to banned shop s-7")
                .and().didNotFireRule("SA-10");
        assertThat(decision.notes()).isEmpty();
    }

    @Test
    void should_block_the_application_when_the_business_licence_is_linked_to_a_banned_shop() {
        Decision decision = decide(shopApplication().application(a -> a.bannedShopOfLicence("s-8")));

        assertThat(decision).sanctionsExactly(SHOP_APPLICATION_BLOCKED)
                .sanctions(SHOP_APPLICATION_BLOCKED).once().withDays(0).withPoints(0).because("LICENCE_LINKED_TO_BANNED_SHOP")
                .byRule("SA-02").withDetail("application a-1: licence licence-9 is linked to banned shop s-8")
                .and().didNotFireRule("SA-10");
    }

    @Test
    void should_block_the_application_twice_when_both_the_person_and_the_licence_are_linked_to_banned_shops() {
        Decision decision = decide(shopApplication().application(a -> a.bannedShopOfPerson("s-7").bannedShopOfLicence("s-8")));

        assertThat(decision).sanctionsExactly(SHOP_APPLICATION_BLOCKED, SHOP_APPLICATION_BLOCKED)
                .sanctions(SHOP_APPLICATION_BLOCKED).byRule("SA-01").because("PERSON_LINKED_TO_BANNED_SHOP")
                .withDetail("application a-1: person person-9 is linked to banned shop s-7")
                .and().sanctions(SHOP_APPLICATION_BLOCKED).byRule("SA-02").because("LICENCE_LINKED_TO_BANNED_SHOP")
                .withDetail("application a-1: licence licence-9 is linked to banned shop s-8")
                .and().didNotFireRule("SA-10");
    }

    @Test
    void should_accept_the_application_when_it_is_linked_to_no_banned_shop() {
        Decision decision = decide(shopApplication());

        assertThat(decision).hasNoSanctions().didNotFireRule("SA-01").didNotFireRule("SA-02");
        assertThat(Notes.of(decision)).containsExactly("APPLICATION_ACCEPTED by SA-10: application a-1 is linked to no banned shop");
    }

    @Test
    void should_accept_an_application_without_a_business_licence() {
        Decision decision = decide(shopApplication().application(a -> a.id("a-2").licenceId(null)));

        assertThat(decision).hasNoSanctions();
        assertThat(Notes.of(decision)).containsExactly("APPLICATION_ACCEPTED by SA-10: application a-2 is linked to no banned shop");
    }
}
