package dev.trustrules.policy.oracle;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Note;
import dev.trustrules.Payer;
import dev.trustrules.PolicyId;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Brand;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The default policy ({@code trust-default}, versions 2026.11.0 and 2026.12.0) written again as plain Java
 * from {@code docs/entitlements.md} and the domain brief, without Drools and without reading the rule
 * files. It answers with a {@link Decision} of the same shape as the engine's: each item names the rule
 * id only (e.g. {@code "FOPT-20"}) and carries no detail text; the policy's sha256 is {@code "oracle"}.
 *
 * <p>Thresholds are written once, as constants below, from the catalog's tables. When the oracle and the
 * rules disagree, one of them has a bug: decide from the catalog which.
 */
public final class ReferenceOracle {
    static final String NAME = "trust-default";
    static final String BASE_VERSION = "2026.11.0";
    static final String WITHDRAWAL_VERSION = "2026.12.0";
    /** Version 2026.12.0 takes effect at this instant (refund without return withdrawn). */
    public static final Instant WITHDRAWAL_FROM = OffsetDateTime.parse("2026-12-01T00:00:00+08:00").toInstant();

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    // guarantees/limits.drl, as the catalog documents it
    static final long FAKE_MULTIPLIER = 10;
    static final long FAKE_CAP_FEN = 10_000_000;
    static final long FAKE_FOOD_FLOOR_FEN = 100_000;
    static final long FAKE_WINDOW_DAYS = 90;
    static final long FREIGHT_CAP_FEN = 2_500;
    static final long ALLERGY_WINDOW_DAYS = 30;
    static final int ALLERGY_CLAIMS_PER_PRODUCT = 1;
    static final long NO_REASON_HOURS = 168;
    static final long BAD_FRUIT_HOURS = 24;
    static final long PHONE_WARRANTY_DAYS = 180;
    // buyers/limits.drl
    static final int SILVER_MIN = 550;
    static final int GOLD_MIN = 650;
    static final int PLATINUM_MIN = 750;
    static final long RWR_GOLD_MAX_FEN = 10_000;
    static final long RWR_PLATINUM_MAX_FEN = 30_000;
    static final int RWR_PER_90D = 3;
    static final int MALICIOUS_TO_REVOKE = 1;
    static final int REVOCATION_DAYS = 180;
    // governance/limits.drl
    static final int COUNTERFEIT_POINTS = 12;
    static final int SERIOUS_COUNTERFEIT_POINTS = 100;
    static final int COUNTERFEITS_FOR_BAN = 3;
    static final int FREEZE_DAYS = 30;
    static final int WARNING_POINTS = 12;
    static final int TRAFFIC_RESTRICTION_DAYS = 7;
    static final int SHORT_SUSPENSION_POINTS = 24;
    static final int SHORT_SUSPENSION_DAYS = 14;
    static final int LONG_SUSPENSION_POINTS = 36;
    static final int LONG_SUSPENSION_DAYS = 30;
    static final int BAN_POINTS = 48;
    static final int LISTING_MIN_SHARE_BP = 3_000;
    static final double EXPERIENCE_SCORE_MIN = 3.0;
    static final int DEPOSIT_TOP_UP_DAYS = 7;
    // brands/limits.drl
    static final int BRAND_FOUNDED_WITHIN_YEARS = 5;
    static final int BRAND_OWN_SHARE_ABOVE_BP = 3_000;
    static final long BRAND_LIVE_GMV_ABOVE_FEN = 200_000_000;

    static final Set<Category> FAKE_MANDATORY = EnumSet.of(Category.JEWELLERY, Category.LUXURY);
    static final Set<Category> RWR_EXCLUDED = EnumSet.of(Category.JEWELLERY, Category.USED_PHONE, Category.LUXURY);
    static final Set<Category> ALLERGY_COVERED = EnumSet.of(Category.COSMETICS, Category.SKINCARE);
    /** Categories with the food-safety floor on fake-one-pay-ten compensation. */
    static final Set<Category> FOOD = EnumSet.of(Category.FOOD, Category.FRESH_FRUIT, Category.FRESH_FOOD);
    static final Set<Category> NRR_EXCLUDED = EnumSet.of(Category.FRESH_FOOD, Category.FRESH_FRUIT,
            Category.CUSTOM_MADE, Category.INTIMATE_WEAR, Category.DIGITAL_DOWNLOAD);
    static final Set<Category> WAREHOUSE = EnumSet.of(Category.JEWELLERY, Category.LUXURY);

    private ReferenceOracle() {}

    /** The version an evaluation at {@code at} is judged under: the order's payment time, else {@code at}. */
    public static String versionFor(TrustRequest request, Instant at) {
        Instant policyTime = request.order() != null ? request.order().paidAt() : at;
        return policyTime.isBefore(WITHDRAWAL_FROM) ? BASE_VERSION : WITHDRAWAL_VERSION;
    }

    /** What the default policy decides for {@code request}, evaluated at {@code request.evaluatedAt()}. */
    public static Decision decide(TrustRequest request) {
        Instant at = request.evaluatedAt();
        if (at == null) {
            throw new IllegalArgumentException("the oracle needs request.evaluatedAt");
        }
        return new Run(request, at, versionFor(request, at)).decide();
    }

    /** One evaluation: collects outcomes the way rules insert them. */
    private static final class Run {
        final TrustRequest request;
        final Instant at;
        final boolean withdrawn;
        final Order order;
        final BuyerAccount buyer;
        final ShopAccount shop;
        final AfterSaleClaim claim;
        final String version;

        BuyerTier tier;
        final List<Guarantee> guarantees = new ArrayList<>();
        final List<Entitlement> grants = new ArrayList<>();
        final List<Denial> denials = new ArrayList<>();
        final List<Sanction> sanctions = new ArrayList<>();
        final List<Note> notes = new ArrayList<>();

        Run(TrustRequest request, Instant at, String version) {
            this.request = request;
            this.at = at;
            this.version = version;
            this.withdrawn = version.equals(WITHDRAWAL_VERSION);
            this.order = request.order();
            this.buyer = request.buyer();
            this.shop = request.shop();
            this.claim = request.claim();
        }

        Decision decide() {
            if (buyer != null) {
                buyerTier();
            }
            if (order != null) {
                checkout();
            }
            if (claim != null) {
                claim();
            }
            if (request.violation() != null) {
                violation(request.violation());
            }
            boolean shopAlone = shop != null && order == null && request.violation() == null && request.listing() == null;
            if (shopAlone) {
                shopReview();
            }
            if (request.listing() != null) {
                listing(request.listing());
            }
            if (request.application() != null) {
                application(request.application());
            }
            if (request.brand() != null) {
                brand(request.brand());
            }
            // "nothing to sanction" / "nothing else sanctioned": no sanction of any kind in the decision
            ViolationRecord v = request.violation();
            if (v != null && v.type() != ViolationType.COUNTERFEIT_SALE && v.points() == 0 && sanctions.isEmpty()) {
                note("VIOLATION_WITHOUT_POINTS", "VP-02");
            }
            if (shopAlone && shop.status() != ShopStatus.BANNED && sanctions.isEmpty()) {
                note("SHOP_IN_GOOD_STANDING", "SR-10");
            }
            return assemble();
        }

        // ---- buyer tiers (buyers/tiers.drl as documented) ----

        void buyerTier() {
            boolean overRefunds = buyer.refundWithoutReturnCount90d() > RWR_PER_90D;
            boolean revocationRunning = buyer.trustCardRevokedUntil() != null && at.isBefore(buyer.trustCardRevokedUntil());
            boolean malicious = buyer.maliciousClaimsRejected180d() >= MALICIOUS_TO_REVOKE;
            if (buyer.abuseFlag() || overRefunds || revocationRunning || malicious) {
                tier = BuyerTier.BASIC;
            } else if (buyer.creditScore() >= PLATINUM_MIN) {
                tier = BuyerTier.PLATINUM;
            } else if (buyer.creditScore() >= GOLD_MIN) {
                tier = BuyerTier.GOLD;
            } else if (buyer.creditScore() >= SILVER_MIN) {
                tier = BuyerTier.SILVER;
            } else {
                tier = BuyerTier.BASIC;
            }
            if (overRefunds && !revocationRunning) {
                sanction(SanctionType.TRUST_CARD_REVOKED, "BT-20", "REFUND_ABUSE", REVOCATION_DAYS, 0);
            } else if (malicious && !revocationRunning) {
                sanction(SanctionType.TRUST_CARD_REVOKED, "BT-21", "MALICIOUS_CLAIMS", REVOCATION_DAYS, 0);
            }
        }

        boolean tierAtLeast(BuyerTier min) {
            return tier != null && tier.isAtLeast(min);
        }

        // ---- checkout badges ----

        boolean atCheckout() {
            return claim == null;
        }

        boolean optionalWithheld() {
            if (shop == null) {
                return false;
            }
            return shop.status() == ShopStatus.SUSPENDED || shop.status() == ShopStatus.BANNED
                    || shop.experienceScore() < EXPERIENCE_SCORE_MIN;
        }

        void checkout() {
            Category category = order.category();
            boolean withheld = atCheckout() && optionalWithheld();
            if (atCheckout() && shop != null) {
                if (shop.status() == ShopStatus.SUSPENDED || shop.status() == ShopStatus.BANNED) {
                    note("OPTIONAL_GUARANTEES_WITHHELD", "ELG-02");
                } else if (shop.experienceScore() < EXPERIENCE_SCORE_MIN) {
                    note("OPTIONAL_GUARANTEES_WITHHELD", "ELG-01");
                }
            }
            if (order.enrolledIn(EntitlementType.FAKE_ONE_PAY_TEN) && !withheld) {
                carry(EntitlementType.FAKE_ONE_PAY_TEN, "FOPT-01", "SHOP_ENROLLED");
            }
            if (FAKE_MANDATORY.contains(category)) {
                carry(EntitlementType.FAKE_ONE_PAY_TEN, "FOPT-02", "MANDATORY_IN_CATEGORY");
            }
            if (!withdrawn && !RWR_EXCLUDED.contains(category) && tier != null) {
                if (tier == BuyerTier.GOLD && order.paidFen() <= RWR_GOLD_MAX_FEN) {
                    carry(EntitlementType.REFUND_WITHOUT_RETURN, "RWR-01", "GOLD_BUYER");
                } else if (tier == BuyerTier.PLATINUM && order.paidFen() <= RWR_PLATINUM_MAX_FEN) {
                    carry(EntitlementType.REFUND_WITHOUT_RETURN, "RWR-02", "PLATINUM_BUYER");
                }
            }
            if (order.enrolledIn(EntitlementType.FREIGHT_INSURANCE) && !withheld) {
                carry(EntitlementType.FREIGHT_INSURANCE, "FRT-01", "SHOP_ENROLLED");
            }
            if (tierAtLeast(BuyerTier.SILVER)) {
                carry(EntitlementType.FREIGHT_INSURANCE, "FRT-02", "TRUST_CARD_HOLDER");
            }
            if (ALLERGY_COVERED.contains(category)) {
                carry(EntitlementType.ALLERGY_INSURANCE, "ALG-01", "COVERED_CATEGORY");
            }
            if (!NRR_EXCLUDED.contains(category)) {
                carry(EntitlementType.NO_REASON_RETURN_7D, "NRR-01", "CATEGORY_NOT_EXCLUDED");
            }
            if (category == Category.FRESH_FRUIT) {
                carry(EntitlementType.BAD_FRUIT_INSURANCE, "BFI-01", "COVERED_CATEGORY");
            }
            if (category == Category.USED_PHONE) {
                carry(EntitlementType.USED_PHONE_WARRANTY, "UPW-01", "COVERED_CATEGORY");
            }
            if (order.authenticated() && WAREHOUSE.contains(category)) {
                carry(EntitlementType.OFFICIAL_AUTHENTICITY, "OFA-01", "AUTHENTICATED");
            }
        }

        // ---- claims ----

        void claim() {
            Set<EntitlementType> asked = claim.entitlementsAsked();
            if (asked.contains(EntitlementType.FAKE_ONE_PAY_TEN)) {
                fakeOnePayTen();
            }
            if (asked.contains(EntitlementType.REFUND_WITHOUT_RETURN)) {
                refundWithoutReturn();
            }
            boolean noReasonDenied = false;
            if (asked.contains(EntitlementType.NO_REASON_RETURN_7D)) {
                noReasonDenied = !noReasonReturn();
            }
            if (asked.contains(EntitlementType.FREIGHT_INSURANCE)) {
                freight(noReasonDenied);
            }
            if (asked.contains(EntitlementType.ALLERGY_INSURANCE)) {
                allergy();
            }
            if (asked.contains(EntitlementType.BAD_FRUIT_INSURANCE)) {
                badFruit();
            }
            if (asked.contains(EntitlementType.USED_PHONE_WARRANTY)) {
                usedPhone();
            }
        }

        long daysAfterDelivery() {
            return ChronoUnit.DAYS.between(localDate(order.deliveredAt()), localDate(claim.filedAt()));
        }

        void fakeOnePayTen() {
            EntitlementType t = EntitlementType.FAKE_ONE_PAY_TEN;
            int before = denials.size();
            if (!order.enrolledIn(t) && !FAKE_MANDATORY.contains(order.category())) {
                deny(t, "FOPT-10", "GUARANTEE_NOT_CARRIED");
            }
            AuthenticityVerdict verdict = claim.authenticityVerdict();
            if (verdict == null || verdict == AuthenticityVerdict.PENDING) {
                deny(t, "FOPT-11", "VERDICT_PENDING");
            } else if (verdict == AuthenticityVerdict.GENUINE) {
                deny(t, "FOPT-12", "ITEM_GENUINE");
            }
            if (!order.isDelivered()) {
                deny(t, "FOPT-13", "NOT_DELIVERED");
            } else if (daysAfterDelivery() > FAKE_WINDOW_DAYS) {
                deny(t, "FOPT-14", "CLAIM_WINDOW_CLOSED");
            }
            if (denials.size() > before) {
                return;
            }
            long paid = order.paidFen();
            BigInteger tenTimes = BigInteger.valueOf(paid).multiply(BigInteger.valueOf(FAKE_MULTIPLIER));
            long compensation;
            String rule = "FOPT-20";
            String reason;
            if (tenTimes.compareTo(BigInteger.valueOf(FAKE_CAP_FEN)) >= 0) {
                compensation = FAKE_CAP_FEN;
                reason = "COUNTERFEIT_CONFIRMED_CAPPED";
            } else if (FOOD.contains(order.category()) && tenTimes.longValueExact() < FAKE_FOOD_FLOOR_FEN) {
                compensation = FAKE_FOOD_FLOOR_FEN;
                rule = "FOPT-21";
                reason = "COUNTERFEIT_CONFIRMED_FOOD_FLOOR";
            } else {
                compensation = tenTimes.longValueExact();
                reason = "COUNTERFEIT_CONFIRMED";
            }
            long payout = Math.addExact(compensation, claim.appraisalFeeFen()); // overflow fails the evaluation
            grant(t, paid, payout, Payer.SHOP, false, rule, reason);
        }

        void refundWithoutReturn() {
            EntitlementType t = EntitlementType.REFUND_WITHOUT_RETURN;
            if (withdrawn) {
                deny(t, "RWR-30", "GUARANTEE_WITHDRAWN");
                return;
            }
            int before = denials.size();
            if (buyer == null) {
                deny(t, "RWR-11", "BUYER_UNKNOWN");
            } else {
                if (!tierAtLeast(BuyerTier.GOLD)) {
                    deny(t, "RWR-10", "TIER_BELOW_GOLD");
                }
                if (tier == BuyerTier.GOLD && order.paidFen() > RWR_GOLD_MAX_FEN) {
                    deny(t, "RWR-12", "AMOUNT_ABOVE_TIER_LIMIT");
                }
                if (tier == BuyerTier.PLATINUM && order.paidFen() > RWR_PLATINUM_MAX_FEN) {
                    deny(t, "RWR-13", "AMOUNT_ABOVE_TIER_LIMIT");
                }
                if (buyer.refundWithoutReturnCount90d() >= RWR_PER_90D) {
                    deny(t, "RWR-14", "REFUND_LIMIT_REACHED");
                }
                if (buyer.abuseFlag()) {
                    deny(t, "RWR-16", "ABUSE_FLAG_OPEN");
                }
            }
            if (RWR_EXCLUDED.contains(order.category())) {
                deny(t, "RWR-15", "CATEGORY_EXCLUDED");
            }
            if (denials.size() == before) {
                grant(t, order.paidFen(), 0, Payer.SHOP, false, "RWR-20", "TRUSTED_BUYER");
            }
        }

        /** Returns whether the 7-day return was granted. */
        boolean noReasonReturn() {
            EntitlementType t = EntitlementType.NO_REASON_RETURN_7D;
            int before = denials.size();
            if (NRR_EXCLUDED.contains(order.category())) {
                deny(t, "NRR-10", "CATEGORY_EXCLUDED");
            }
            if (!order.isDelivered()) {
                deny(t, "NRR-11", "NOT_DELIVERED");
            } else {
                Instant windowEnd = localDate(order.deliveredAt()).plusDays(1).atStartOfDay(ZONE).toInstant()
                        .plus(NO_REASON_HOURS, ChronoUnit.HOURS);
                if (!claim.filedAt().isBefore(windowEnd)) {
                    deny(t, "NRR-12", "RETURN_WINDOW_CLOSED");
                }
            }
            if (!claim.itemIntact()) {
                deny(t, "NRR-13", "ITEM_NOT_INTACT");
            }
            if (denials.size() > before) {
                return false;
            }
            grant(t, order.paidFen(), 0, Payer.SHOP, true, "NRR-20", "NO_REASON_RETURN");
            return true;
        }

        void freight(boolean noReasonDenied) {
            EntitlementType t = EntitlementType.FREIGHT_INSURANCE;
            int before = denials.size();
            if (!order.enrolledIn(t) && !tierAtLeast(BuyerTier.SILVER)) {
                deny(t, "FRT-10", "GUARANTEE_NOT_CARRIED");
            }
            if (claim.returnReason() == null) {
                deny(t, "FRT-11", "RETURN_REASON_MISSING");
            }
            if (noReasonDenied) {
                deny(t, "FRT-12", "RETURN_NOT_ACCEPTED");
            }
            if (claim.freightFen() == 0) {
                deny(t, "FRT-13", "NO_FREIGHT_PAID");
            }
            if (denials.size() > before) {
                return;
            }
            boolean capped = claim.freightFen() > FREIGHT_CAP_FEN;
            grant(t, 0, capped ? FREIGHT_CAP_FEN : claim.freightFen(), Payer.INSURER, true, "FRT-20",
                    capped ? "FREIGHT_REIMBURSED_CAPPED" : "FREIGHT_REIMBURSED");
        }

        void allergy() {
            EntitlementType t = EntitlementType.ALLERGY_INSURANCE;
            int before = denials.size();
            if (!ALLERGY_COVERED.contains(order.category())) {
                deny(t, "ALG-10", "GUARANTEE_NOT_CARRIED");
            }
            if (!order.isDelivered()) {
                deny(t, "ALG-11", "NOT_DELIVERED");
            } else if (daysAfterDelivery() > ALLERGY_WINDOW_DAYS) {
                deny(t, "ALG-12", "CLAIM_WINDOW_CLOSED");
            }
            if (!claim.evidenceAttached()) {
                deny(t, "ALG-13", "EVIDENCE_MISSING");
            }
            if (claim.priorClaimsSameProduct180d() >= ALLERGY_CLAIMS_PER_PRODUCT) {
                deny(t, "ALG-14", "REPEAT_CLAIM");
            }
            if (denials.size() == before) {
                grant(t, order.paidFen(), 0, Payer.INSURER, false, "ALG-20", "ALLERGY_REPORTED");
            }
        }

        void badFruit() {
            EntitlementType t = EntitlementType.BAD_FRUIT_INSURANCE;
            int before = denials.size();
            if (order.category() != Category.FRESH_FRUIT) {
                deny(t, "BFI-10", "GUARANTEE_NOT_CARRIED");
            }
            if (!order.isDelivered()) {
                deny(t, "BFI-11", "NOT_DELIVERED");
            } else if (claim.filedAt().isAfter(order.deliveredAt().plus(BAD_FRUIT_HOURS, ChronoUnit.HOURS))) {
                deny(t, "BFI-12", "REPORT_WINDOW_CLOSED");
            }
            if (!claim.evidenceAttached()) {
                deny(t, "BFI-13", "EVIDENCE_MISSING");
            }
            if (claim.spoiledPercent() == 0) {
                deny(t, "BFI-14", "NOTHING_SPOILED");
            }
            if (denials.size() == before) {
                long refund = BigInteger.valueOf(order.paidFen()).multiply(BigInteger.valueOf(claim.spoiledPercent()))
                        .divide(BigInteger.valueOf(100)).longValueExact();
                grant(t, refund, 0, Payer.INSURER, false, "BFI-20", "SPOILED_SHARE_REFUNDED");
            }
        }

        void usedPhone() {
            EntitlementType t = EntitlementType.USED_PHONE_WARRANTY;
            int before = denials.size();
            if (order.category() != Category.USED_PHONE) {
                deny(t, "UPW-10", "GUARANTEE_NOT_CARRIED");
            }
            if (!order.isDelivered()) {
                deny(t, "UPW-11", "NOT_DELIVERED");
            } else if (daysAfterDelivery() > PHONE_WARRANTY_DAYS) {
                deny(t, "UPW-12", "WARRANTY_EXPIRED");
            }
            if (claim.buyerCausedDamage()) {
                deny(t, "UPW-13", "BUYER_CAUSED_DAMAGE");
            }
            if (denials.size() == before) {
                grant(t, 0, 0, Payer.SHOP, true, "UPW-20", "DEFECT_UNDER_WARRANTY");
            }
        }

        // ---- governance ----

        void violation(ViolationRecord v) {
            int points;
            boolean banned = false;
            if (v.type() == ViolationType.COUNTERFEIT_SALE) {
                boolean serious = v.particularlySerious() || shop.confirmedCounterfeits365d() + 1 >= COUNTERFEITS_FOR_BAN;
                if (serious) {
                    String reason = v.particularlySerious() ? "COUNTERFEIT_PARTICULARLY_SERIOUS" : "COUNTERFEIT_REPEATED";
                    points = SERIOUS_COUNTERFEIT_POINTS;
                    sanction(SanctionType.VIOLATION_POINTS, "CF-12", reason, 0, points);
                    sanction(SanctionType.SHOP_BAN, "CF-12", reason, 0, 0);
                    sanction(SanctionType.ALL_LISTINGS_DELISTED, "CF-12", reason, 0, 0);
                    sanction(SanctionType.SETTLEMENT_FROZEN, "CF-12", reason, FREEZE_DAYS, 0);
                    if (shop.streamerId() != null) {
                        sanction(SanctionType.STREAMER_BAN, "CF-13", reason, 0, 0);
                    }
                    banned = true;
                } else {
                    points = COUNTERFEIT_POINTS;
                    sanction(SanctionType.VIOLATION_POINTS, "CF-10", "COUNTERFEIT_CONFIRMED", 0, points);
                }
                if (v.listingId() != null) {
                    sanction(SanctionType.LISTING_REMOVED, "CF-11", "COUNTERFEIT_CONFIRMED", 0, 0);
                }
            } else if (v.points() > 0) {
                points = v.points();
                sanction(SanctionType.VIOLATION_POINTS, "VP-01", "VIOLATION_CONFIRMED", 0, points);
            } else {
                points = 0;
            }
            if (!banned && points > 0) {
                ladder(shop.violationPoints365d(), shop.violationPoints365d() + points);
            }
        }

        void ladder(int before, int after) {
            if (before < BAN_POINTS && after >= BAN_POINTS) {
                sanction(SanctionType.SHOP_BAN, "LAD-04", "POINTS_BAN_THRESHOLD", 0, 0);
            } else if (before < LONG_SUSPENSION_POINTS && after >= LONG_SUSPENSION_POINTS) {
                sanction(SanctionType.SHOP_SUSPENSION, "LAD-03", "POINTS_LONG_SUSPENSION_THRESHOLD", LONG_SUSPENSION_DAYS, 0);
            } else if (before < SHORT_SUSPENSION_POINTS && after >= SHORT_SUSPENSION_POINTS) {
                sanction(SanctionType.SHOP_SUSPENSION, "LAD-02", "POINTS_SHORT_SUSPENSION_THRESHOLD", SHORT_SUSPENSION_DAYS, 0);
            } else if (before < WARNING_POINTS && after >= WARNING_POINTS) {
                sanction(SanctionType.WARNING, "LAD-01", "POINTS_WARNING_THRESHOLD", 0, 0);
                sanction(SanctionType.TRAFFIC_RESTRICTION, "LAD-01", "POINTS_WARNING_THRESHOLD", TRAFFIC_RESTRICTION_DAYS, 0);
            }
        }

        void shopReview() {
            if (shop.status() == ShopStatus.BANNED) {
                return;
            }
            if (shop.experienceScore() < EXPERIENCE_SCORE_MIN) {
                sanction(SanctionType.OPTIONAL_GUARANTEES_SUSPENDED, "ES-01", "EXPERIENCE_SCORE_BELOW_MINIMUM", 0, 0);
                sanction(SanctionType.TRAFFIC_RESTRICTION, "ES-01", "EXPERIENCE_SCORE_BELOW_MINIMUM", 0, 0);
            }
            if (shop.depositFen() < shop.requiredDepositFen()) {
                long daysShort = shop.depositShortfallSince() == null ? 0
                        : ChronoUnit.DAYS.between(localDate(shop.depositShortfallSince()), localDate(at));
                if (daysShort >= DEPOSIT_TOP_UP_DAYS) {
                    sanction(SanctionType.SETTLEMENT_SUSPENDED, "DEP-02", "DEPOSIT_NOT_TOPPED_UP", 0, 0);
                } else {
                    sanction(SanctionType.DEPOSIT_TOP_UP_REQUIRED, "DEP-01", "DEPOSIT_BELOW_REQUIRED",
                            (int) (DEPOSIT_TOP_UP_DAYS - Math.max(0, daysShort)), 0);
                }
            }
        }

        void listing(Listing l) {
            int before = sanctions.size();
            if (l.isBranded()) {
                if (!l.brandAuthorised()) {
                    sanction(SanctionType.LISTING_INTERCEPTED, "LI-01", "BRAND_NOT_AUTHORISED", 0, 0);
                }
                if (l.brandReferencePriceFen() > 0 && BigInteger.valueOf(l.priceFen()).multiply(BigInteger.valueOf(10_000))
                        .compareTo(BigInteger.valueOf(l.brandReferencePriceFen()).multiply(BigInteger.valueOf(LISTING_MIN_SHARE_BP))) < 0) {
                    sanction(SanctionType.LISTING_INTERCEPTED, "LI-02", "PRICE_BELOW_BRAND_REFERENCE", 0, 0);
                }
            }
            if (sanctions.size() == before) {
                note("LISTING_CLEARED", "LI-10");
            }
        }

        void application(ShopApplication a) {
            if (a.bannedShopOfPerson() != null) {
                sanction(SanctionType.SHOP_APPLICATION_BLOCKED, "SA-01", "PERSON_LINKED_TO_BANNED_SHOP", 0, 0);
            }
            if (a.bannedShopOfLicence() != null) {
                sanction(SanctionType.SHOP_APPLICATION_BLOCKED, "SA-02", "LICENCE_LINKED_TO_BANNED_SHOP", 0, 0);
            }
            if (a.bannedShopOfPerson() == null && a.bannedShopOfLicence() == null) {
                note("APPLICATION_ACCEPTED", "SA-10");
            }
        }

        void brand(Brand b) {
            EntitlementType t = EntitlementType.QUICK_BRAND_SUPPORT;
            int before = denials.size();
            if (b.foundedOn().isBefore(localDate(at).minusYears(BRAND_FOUNDED_WITHIN_YEARS))) {
                deny(t, "QB-10", "FOUNDED_TOO_LONG_AGO");
            }
            if (b.ownBrandGmvShareBasisPoints() <= BRAND_OWN_SHARE_ABOVE_BP) {
                deny(t, "QB-11", "OWN_BRAND_SHARE_TOO_LOW");
            }
            if (b.liveRoomMonthlyAvgGmvFen() <= BRAND_LIVE_GMV_ABOVE_FEN) {
                deny(t, "QB-12", "LIVE_ROOM_GMV_TOO_LOW");
            }
            if (!b.platformIsCoreChannel()) {
                deny(t, "QB-13", "NOT_CORE_CHANNEL");
            }
            if (denials.size() == before) {
                grant(t, 0, 0, Payer.PLATFORM, false, "QB-20", "QUICK_BRAND_QUALIFIED");
            }
        }

        // ---- assembly: the engine's precedence ----

        Decision assemble() {
            // one badge per guarantee: the first by rule name
            TreeMap<EntitlementType, Guarantee> badges = new TreeMap<>();
            for (Guarantee g : guarantees) {
                badges.merge(g.type(), g, (a, b) -> a.rule().compareTo(b.rule()) <= 0 ? a : b);
            }
            // a denial overrides a grant; no unanswered claim
            List<Entitlement> granted = new ArrayList<>();
            for (Entitlement e : grants) {
                if (denials.stream().noneMatch(d -> d.type() == e.type())) {
                    granted.add(e);
                }
            }
            for (EntitlementType asked : request.entitlementsAsked()) {
                if (grants.stream().noneMatch(e -> e.type() == asked) && denials.stream().noneMatch(d -> d.type() == asked)) {
                    denials.add(new Denial(asked, "(engine)", "NO_RULE_MATCHED", ""));
                }
            }
            if (tier == null && badges.isEmpty() && granted.isEmpty() && denials.isEmpty() && sanctions.isEmpty()
                    && notes.isEmpty()) {
                notes.add(new Note("NO_RULE_MATCHED", "(engine)", ""));
            }
            return new Decision(new PolicyId(NAME, version, "oracle"), at, tier, new ArrayList<>(badges.values()),
                    granted, denials, sanctions, notes, List.of());
        }

        void carry(EntitlementType type, String rule, String reason) {
            guarantees.add(new Guarantee(type, rule, reason));
        }

        void deny(EntitlementType type, String rule, String reason) {
            denials.add(new Denial(type, rule, reason, ""));
        }

        void grant(EntitlementType type, long refund, long payout, Payer payer, boolean returnRequired, String rule,
                String reason) {
            grants.add(new Entitlement(type, refund, payout, order != null ? order.currency() : "CNY", payer,
                    returnRequired, rule, reason));
        }

        void sanction(SanctionType type, String rule, String reason, int days, int points) {
            sanctions.add(new Sanction(type, days, points, rule, reason, ""));
        }

        void note(String code, String rule) {
            notes.add(new Note(code, rule, ""));
        }
    }

    static LocalDate localDate(Instant time) {
        return time.atZone(ZONE).toLocalDate();
    }
}
