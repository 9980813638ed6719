package dev.trustrules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.Brand;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.BuyerReports;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.CreatorAccount;
import dev.trustrules.facts.CreatorStatus;
import dev.trustrules.facts.ExperienceScore;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.ProductScore;
import dev.trustrules.facts.RepeatCustomers;
import dev.trustrules.facts.ReportSubject;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ShopScores;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.facts.WordOfMouthScore;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestConsistencyTest {

    private static AfterSaleClaim claim(String orderId, java.time.Instant filed) {
        return new AfterSaleClaim("c-1", orderId, ClaimType.ALLERGY, filed, null, 0, 0, null, true, true, 0, false, 0);
    }

    @Test
    void should_refuse_an_empty_request() {
        assertThatThrownBy(() -> TrustRequest.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request holds no facts: give at least an order, a buyer, a shop, a listing, an application, a brand or a creator");
    }

    @Test
    void should_refuse_a_claim_without_its_order_or_against_another_order() {
        assertThatThrownBy(() -> TrustRequest.builder().claim(claim("o-1", Requests.DELIVERED)).build())
                .hasMessage("claim c-1 needs its order, but order is null");
        assertThatThrownBy(() -> TrustRequest.builder().order(Requests.order(1, "CNY")).claim(claim("o-2", Requests.DELIVERED)).build())
                .hasMessage("claim.orderId must be the order's id \"o-1\", was \"o-2\"");
    }

    @Test
    void should_refuse_a_claim_filed_before_the_order_was_paid() {
        assertThatThrownBy(() -> TrustRequest.builder().order(Requests.order(1, "CNY"))
                .claim(claim("o-1", Requests.PAID.minusSeconds(1))).build())
                .hasMessage("claim.filedAt must not be before order.paidAt (2026-03-01T02:00:00Z), was 2026-03-01T01:59:59Z");
    }

    @Test
    void should_refuse_a_buyer_or_shop_that_is_not_the_orders() {
        assertThatThrownBy(() -> TrustRequest.builder().order(Requests.order(1, "CNY"))
                .buyer(new BuyerAccount("b-9", 700, 0, false, 0, null)).build())
                .hasMessage("buyer.id must be the order's buyerId \"b-1\", was \"b-9\"");
        assertThatThrownBy(() -> TrustRequest.builder().order(Requests.order(1, "CNY"))
                .shop(new ShopAccount("s-9", "p", null, null, ShopStatus.ACTIVE, 0, 0, 4.0, 0, 0, null)).build())
                .hasMessage("shop.id must be the order's shopId \"s-1\", was \"s-9\"");
    }

    @Test
    void should_refuse_a_violation_of_another_shop() {
        ViolationRecord violation = new ViolationRecord("v-1", "s-2", ViolationType.OTHER, 3, Requests.PAID, false, null);
        assertThatThrownBy(() -> TrustRequest.builder().violation(violation).build())
                .hasMessage("violation v-1 needs its shop, but shop is null");
        assertThatThrownBy(() -> TrustRequest.builder().violation(violation)
                .shop(new ShopAccount("s-1", "p", null, null, ShopStatus.ACTIVE, 0, 0, 4.0, 0, 0, null)).build())
                .hasMessage("violation.shopId must be the shop's id \"s-1\", was \"s-2\"");
    }

    @Test
    void should_accept_a_claim_filed_at_the_moment_the_order_was_paid() {
        TrustRequest request = TrustRequest.builder().order(Requests.order(1, "CNY")).claim(claim("o-1", Requests.PAID)).build();
        assertThat(request.claim().filedAt()).isEqualTo(Requests.PAID);
    }

    @Test
    void should_refuse_a_listing_of_another_shop_when_a_shop_is_given() {
        assertThatThrownBy(() -> TrustRequest.builder().shop(shop("s-1")).listing(listing("s-2")).build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("listing.shopId must be the shop's id \"s-1\", was \"s-2\"");
        assertThat(TrustRequest.builder().shop(shop("s-2")).listing(listing("s-2")).build().listing().shopId()).isEqualTo("s-2");
        assertThat(TrustRequest.builder().listing(listing("s-2")).build().shop()).isNull();
    }

    @Test
    void should_accept_a_request_when_it_holds_any_one_question() {
        BuyerAccount buyer = new BuyerAccount("b-1", 700, 0, false, 0, null);
        ShopApplication application = new ShopApplication("a-1", "p-1", null, Requests.PAID, null, null);
        Brand brand = new Brand("br-1", "Acme", LocalDate.of(2020, 1, 1), 3_000, 0, true);
        assertThat(TrustRequest.builder().order(Requests.order(1, "CNY")).build().order()).isNotNull();
        assertThat(TrustRequest.builder().buyer(buyer).build().buyer()).isEqualTo(buyer);
        assertThat(TrustRequest.builder().shop(shop("s-1")).build().shop()).isEqualTo(shop("s-1"));
        assertThat(TrustRequest.builder().listing(listing("s-1")).build().listing()).isEqualTo(listing("s-1"));
        assertThat(TrustRequest.builder().application(application).build().application()).isEqualTo(application);
        assertThat(TrustRequest.builder().brand(brand).build().brand()).isEqualTo(brand);
    }

    @Test
    void should_accept_the_orders_own_buyer_shop_and_violation_when_they_agree() {
        ViolationRecord violation = new ViolationRecord("v-1", "s-1", ViolationType.OTHER, 3, Requests.PAID, false, null);
        BuyerAccount buyer = new BuyerAccount("b-1", 700, 0, false, 0, null);
        TrustRequest request = TrustRequest.builder().evaluatedAt(Requests.DELIVERED).order(Requests.order(1, "CNY"))
                .buyer(buyer).shop(shop("s-1")).violation(violation).build();

        assertThat(request).isEqualTo(new TrustRequest(Requests.DELIVERED, Requests.order(1, "CNY"), buyer, shop("s-1"), null,
                violation, null, null, null));
    }

    @Test
    void should_ask_for_the_claims_entitlements_and_brand_support_when_given() {
        Brand brand = new Brand("br-1", "Acme", LocalDate.of(2020, 1, 1), 3_000, 0, true);
        TrustRequest claim = TrustRequest.builder().order(Requests.order(1, "CNY")).claim(claim("o-1", Requests.DELIVERED)).build();
        assertThat(claim.entitlementsAsked()).containsExactly(EntitlementType.ALLERGY_INSURANCE);
        assertThat(TrustRequest.builder().brand(brand).build().entitlementsAsked()).containsExactly(EntitlementType.QUICK_BRAND_SUPPORT);
        assertThat(TrustRequest.builder().order(Requests.order(1, "CNY")).build().entitlementsAsked()).isEmpty();
    }

    @Test
    void should_judge_an_order_under_its_payment_time_when_the_request_holds_one() {
        Instant later = Requests.DELIVERED.plusSeconds(86_400);
        assertThat(TrustRequest.builder().order(Requests.order(1, "CNY")).build().policyTime(later)).isEqualTo(Requests.PAID);
        assertThat(TrustRequest.builder().shop(shop("s-1")).build().policyTime(later)).isEqualTo(later);
    }

    @Test
    void should_change_only_the_time_when_decided_at_another_time() {
        TrustRequest request = Requests.counterfeitClaim(100);
        Instant later = Requests.DELIVERED.plusSeconds(86_400);
        assertThat(request.at(later)).isEqualTo(new TrustRequest(later, request.order(), request.buyer(), request.shop(),
                request.claim(), request.violation(), request.listing(), request.application(), request.brand()));
    }

    @Test
    void should_accept_a_creator_alone_and_a_violation_that_names_the_creator() {
        CreatorAccount creator = creator("c-1");
        ViolationRecord named = new ViolationRecord("v-1", "s-1", ViolationType.OTHER, 3, Requests.PAID, false, null, "c-1", "s-1");

        assertThat(TrustRequest.builder().creator(creator).build().creator()).isEqualTo(creator);
        assertThat(TrustRequest.builder().shop(shop("s-1")).violation(named).creator(creator).build().creator()).isEqualTo(creator);
    }

    @Test
    void should_refuse_a_violation_naming_a_creator_the_request_does_not_hold_or_another() {
        ViolationRecord named = new ViolationRecord("v-1", "s-1", ViolationType.OTHER, 3, Requests.PAID, false, null, "c-1", null);
        ViolationRecord unnamed = new ViolationRecord("v-1", "s-1", ViolationType.OTHER, 3, Requests.PAID, false, null);

        assertThatThrownBy(() -> TrustRequest.builder().shop(shop("s-1")).violation(named).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("violation v-1 names creator \"c-1\", but creator is null; give the creator's account");
        assertThatThrownBy(() -> TrustRequest.builder().shop(shop("s-1")).violation(named).creator(creator("c-2")).build())
                .hasMessage("violation.creatorId must be the creator's id \"c-2\", was \"c-1\"");
        assertThatThrownBy(() -> TrustRequest.builder().shop(shop("s-1")).violation(unnamed).creator(creator("c-2")).build())
                .hasMessage("violation.creatorId must name the request's creator \"c-2\", was null; a violation decides the creator it names");
    }

    @Test
    void should_refuse_scores_of_another_shop_without_the_shop_or_with_another_experience_score() {
        assertThatThrownBy(() -> TrustRequest.builder().shopScores(scores("s-1", 4.0)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("shopScores of shop s-1 need the shop, but shop is null");
        assertThatThrownBy(() -> TrustRequest.builder().shop(shop("s-1")).shopScores(scores("s-2", 4.0)).build())
                .hasMessage("shopScores.shopId must be the shop's id \"s-1\", was \"s-2\"");
        assertThatThrownBy(() -> TrustRequest.builder().shop(shop("s-1")).shopScores(scores("s-1", 4.01)).build())
                .hasMessage("shopScores.experience.overall must be the shop's experienceScore 4.0, was 4.01");
        assertThat(TrustRequest.builder().shop(shop("s-1")).shopScores(scores("s-1", 4.0)).build().shopScores())
                .isEqualTo(scores("s-1", 4.0));
    }

    @Test
    void should_refuse_reports_against_a_fact_the_request_does_not_hold_or_another() {
        assertThatThrownBy(() -> TrustRequest.builder().shop(shop("s-1")).reports(new BuyerReports(ReportSubject.LISTING, "l-1", 3, 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reports against listing l-1 need the listing, but listing is null");
        assertThatThrownBy(() -> TrustRequest.builder().shop(shop("s-1")).reports(new BuyerReports(ReportSubject.SHOP, "s-2", 3, 1)).build())
                .hasMessage("reports.subjectId must be the shop's id \"s-1\", was \"s-2\"");
        assertThatThrownBy(() -> TrustRequest.builder().creator(creator("c-1")).reports(new BuyerReports(ReportSubject.CREATOR, "c-2", 3, 1)).build())
                .hasMessage("reports.subjectId must be the creator's id \"c-1\", was \"c-2\"");
        assertThat(TrustRequest.builder().listing(listing("s-1")).reports(new BuyerReports(ReportSubject.LISTING, "l-1", 3, 1)).build()
                .reports().confirmedReports30d()).isEqualTo(1);
        assertThat(TrustRequest.builder().reports(new BuyerReports(ReportSubject.CREATOR, "c-1", 3, 1)).creator(creator("c-1")).build()
                .reports().subject()).isEqualTo(ReportSubject.CREATOR);
    }

    private static CreatorAccount creator(String id) {
        return new CreatorAccount(id, CreatorStatus.ACTIVE, 0, 0, new WordOfMouthScore(4.0, 4.0, 4.0, 4.0), null);
    }

    private static ShopScores scores(String shopId, double experience) {
        return new ShopScores(shopId, new ExperienceScore(experience, 4.0, 4.0, 4.0, 4.0), new ProductScore(4.0, 4, 4, 4, 4, 4, 4),
                new RepeatCustomers(50, 10));
    }

    private static ShopAccount shop(String id) {
        return new ShopAccount(id, "p", null, null, ShopStatus.ACTIVE, 0, 0, 4.0, 0, 0, null);
    }

    private static Listing listing(String shopId) {
        return new Listing("l-1", shopId, Category.COSMETICS, null, false, 100, 0, "CNY", Requests.PAID);
    }
}
