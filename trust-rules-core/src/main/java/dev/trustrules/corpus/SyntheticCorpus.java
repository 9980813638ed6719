package dev.trustrules.corpus;

import dev.trustrules.EntitlementType;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.Brand;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.BuyerReports;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.CreatorAccount;
import dev.trustrules.facts.CreatorStatus;
import dev.trustrules.facts.ExperienceScore;
import dev.trustrules.facts.Listing;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ProductScore;
import dev.trustrules.facts.RepeatCustomers;
import dev.trustrules.facts.ReportSubject;
import dev.trustrules.facts.ReturnReason;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopApplication;
import dev.trustrules.facts.ShopScores;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import dev.trustrules.facts.WordOfMouthScore;
import dev.trustrules.json.TrustJson;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A reproducible corpus of fact documents: the same seed gives the same documents, in the same order,
 * and a shorter corpus is the start of a longer one. The documents take every kind of question in turn
 * ({@link Kind}: a checkout, a claim of each {@link ClaimType}, a violation of each
 * {@link ViolationType}, a listing, a shop application, a brand, a shop review, and the questions of
 * creators, shop scores and buyer reports), so any {@link Kind#values() 22} consecutive documents hold one
 * of each; amounts, scores, counts and delays are drawn across the default policy's thresholds (tiers,
 * claim windows, caps, points ladders, trust standings, report counts). Every
 * document is built through the records' constructors and {@link TrustRequest}'s consistency checks:
 * valid by construction, and written by {@link TrustJson} it reads back to an equal request.
 *
 * <pre>{@code
 * List<TrustRequest> requests = SyntheticCorpus.requests(10_000, 42);
 * SyntheticCorpus.writeJsonLines(writer, 1_000_000, 42);   // what `trust-rules corpus` writes
 * }</pre>
 */
public final class SyntheticCorpus {
    /** The kinds of question, generated in this order, over and over. */
    public enum Kind {
        CHECKOUT,
        CLAIM_COUNTERFEIT,
        CLAIM_REFUND_WITHOUT_RETURN,
        CLAIM_RETURN,
        CLAIM_ALLERGY,
        CLAIM_BAD_FRUIT,
        CLAIM_PHONE_DEFECT,
        VIOLATION_COUNTERFEIT_SALE,
        VIOLATION_FALSE_ADVERTISING,
        VIOLATION_PROHIBITED_ITEM,
        VIOLATION_SERVICE_MISCONDUCT,
        VIOLATION_OTHER,
        LISTING,
        SHOP_APPLICATION,
        BRAND,
        SHOP_REVIEW,
        CHECKOUT_AUTHENTICATED,
        CLAIM_EXCHANGE,
        /** A violation that names the creator who presented the goods, in their own live room or the shop's. */
        VIOLATION_BY_CREATOR,
        /** A review of a creator's standing, sometimes with buyers' reports against the creator. */
        CREATOR_REVIEW,
        /** A review of a shop with its scores (experience dimensions, product score, repeat customers), sometimes with reports. */
        SHOP_REVIEW_WITH_SCORES,
        /** A listing being published that buyers have reported. */
        LISTING_REPORTED
    }

    private static final Kind[] KINDS = Kind.values();
    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);
    /** Orders are paid from here on, over {@link #PAYMENT_DAYS} days: both sides of the default policy's 2026-12-01 version. */
    private static final Instant FIRST_PAYMENT = OffsetDateTime.of(2026, 9, 1, 0, 0, 0, 0, SHANGHAI).toInstant();
    private static final int PAYMENT_DAYS = 150;
    private static final Category[] CATEGORIES = Category.values();
    private static final ReturnReason[] RETURN_REASONS = ReturnReason.values();
    private static final AuthenticityVerdict[] VERDICTS = AuthenticityVerdict.values();

    private SyntheticCorpus() {}

    /** The first {@code count} documents of the corpus of this seed. */
    public static List<TrustRequest> requests(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        List<TrustRequest> requests = new ArrayList<>(count);
        Generator generator = new Generator(seed);
        for (int i = 0; i < count; i++) {
            requests.add(generator.next());
        }
        return requests;
    }

    /** The corpus of this seed, endless and in order: take what you need with {@link Stream#limit(long)}. */
    public static Stream<TrustRequest> stream(long seed) {
        Generator generator = new Generator(seed);
        Spliterator<TrustRequest> documents = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE) {
            @Override
            public boolean tryAdvance(Consumer<? super TrustRequest> action) {
                action.accept(generator.next());
                return true;
            }
        };
        return StreamSupport.stream(documents, false);
    }

    /**
     * Writes the first {@code count} documents of the corpus of this seed as JSON Lines: one compact
     * fact document per line ({@link TrustJson#writeRequestLine}), each line ended by {@code \n}.
     *
     * @throws IOException if the output fails
     */
    public static void writeJsonLines(Appendable out, long count, long seed) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        Generator generator = new Generator(seed);
        for (long i = 0; i < count; i++) {
            out.append(TrustJson.writeRequestLine(generator.next())).append('\n');
        }
    }

    /** The kind of the document at this 0-based position. */
    public static Kind kindAt(long index) {
        return KINDS[(int) (index % KINDS.length)];
    }

    /** Draws documents one after the other from one random sequence. */
    private static final class Generator {
        private final SplittableRandom random;
        private long index;

        Generator(long seed) {
            this.random = new SplittableRandom(seed);
        }

        TrustRequest next() {
            long n = index++;
            Kind kind = kindAt(n);
            return switch (kind) {
                case CHECKOUT -> checkout(n, false);
                case CHECKOUT_AUTHENTICATED -> checkout(n, true);
                case CLAIM_COUNTERFEIT -> claim(n, ClaimType.COUNTERFEIT);
                case CLAIM_REFUND_WITHOUT_RETURN -> claim(n, ClaimType.REFUND_WITHOUT_RETURN);
                case CLAIM_RETURN -> claim(n, ClaimType.RETURN);
                case CLAIM_ALLERGY -> claim(n, ClaimType.ALLERGY);
                case CLAIM_BAD_FRUIT -> claim(n, ClaimType.BAD_FRUIT);
                case CLAIM_PHONE_DEFECT -> claim(n, ClaimType.PHONE_DEFECT);
                case VIOLATION_COUNTERFEIT_SALE -> violation(n, ViolationType.COUNTERFEIT_SALE);
                case VIOLATION_FALSE_ADVERTISING -> violation(n, ViolationType.FALSE_ADVERTISING);
                case VIOLATION_PROHIBITED_ITEM -> violation(n, ViolationType.PROHIBITED_ITEM);
                case VIOLATION_SERVICE_MISCONDUCT -> violation(n, ViolationType.SERVICE_MISCONDUCT);
                case VIOLATION_OTHER -> violation(n, ViolationType.OTHER);
                case LISTING -> listing(n);
                case SHOP_APPLICATION -> application(n);
                case BRAND -> brand(n);
                case SHOP_REVIEW -> shopReview(n);
                case CLAIM_EXCHANGE -> claim(n, ClaimType.EXCHANGE);
                case VIOLATION_BY_CREATOR -> violationByCreator(n);
                case CREATOR_REVIEW -> creatorReview(n);
                case SHOP_REVIEW_WITH_SCORES -> shopReviewWithScores(n);
                case LISTING_REPORTED -> listingReported(n);
            };
        }

        // --- the kinds of question ---

        private TrustRequest checkout(long n, boolean authenticated) {
            Category category = authenticated ? (random.nextBoolean() ? Category.JEWELLERY : Category.LUXURY) : category();
            Order order = order(n, category, paidFen(), authenticated, false);
            return new TrustRequest(order.paidAt(), order, buyer(n), shop(n), null, null, null, null, null);
        }

        private TrustRequest claim(long n, ClaimType type) {
            Category category = switch (type) {
                case ALLERGY -> pick(Category.COSMETICS, Category.SKINCARE, Category.COSMETICS, category());
                case BAD_FRUIT -> pick(Category.FRESH_FRUIT, Category.FRESH_FRUIT, Category.FRESH_FRUIT, category());
                case PHONE_DEFECT -> pick(Category.USED_PHONE, Category.USED_PHONE, Category.USED_PHONE, category());
                default -> category();
            };
            long paid = type == ClaimType.REFUND_WITHOUT_RETURN ? 100 + random.nextLong(40_000) : paidFen();
            Order order = order(n, category, paid, false, true);
            Duration after = switch (type) {
                case COUNTERFEIT -> days(100);                  // the 90-day window
                case RETURN -> Duration.ofHours(random.nextInt(10 * 24)); // the 7 days from the day after signing
                case ALLERGY -> days(40);                       // 30 days
                case BAD_FRUIT -> Duration.ofMinutes(random.nextInt(30 * 60)); // 24 hours
                case PHONE_DEFECT -> days(200);                 // 180 days
                default -> days(20);
            };
            Instant filedAt = order.deliveredAt().plus(after);
            AfterSaleClaim claim = new AfterSaleClaim("c-" + n, order.id(), type, filedAt,
                    type == ClaimType.COUNTERFEIT ? VERDICTS[random.nextInt(VERDICTS.length)] : null,
                    type == ClaimType.COUNTERFEIT ? 2_000 + random.nextInt(4) * 1_000 : 0,
                    type == ClaimType.RETURN || type == ClaimType.EXCHANGE ? random.nextInt(4_000) : 0,
                    type == ClaimType.RETURN || type == ClaimType.EXCHANGE ? RETURN_REASONS[random.nextInt(RETURN_REASONS.length)] : null,
                    random.nextInt(5) > 0,
                    random.nextInt(5) > 0,
                    type == ClaimType.BAD_FRUIT ? random.nextInt(101) : 0,
                    type == ClaimType.PHONE_DEFECT && random.nextInt(6) == 0,
                    type == ClaimType.ALLERGY ? random.nextInt(3) : 0);
            Instant decided = filedAt.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            return new TrustRequest(decided, order, buyer(n), shop(n), claim, null, null, null, null);
        }

        private TrustRequest violation(long n, ViolationType type) {
            ShopAccount shop = shop(n);
            Instant occurredAt = payment();
            boolean serious = random.nextInt(10) == 0;
            int points = type == ViolationType.COUNTERFEIT_SALE ? 0 : 1 + random.nextInt(12);
            ViolationRecord violation = new ViolationRecord("v-" + n, shop.id(), type, points, occurredAt, serious,
                    random.nextBoolean() ? "l-" + n : null);
            return new TrustRequest(occurredAt.plus(Duration.ofHours(random.nextInt(48))), null, null, shop, null, violation,
                    null, null, null);
        }

        private TrustRequest violationByCreator(long n) {
            ShopAccount shop = shop(n);
            CreatorAccount creator = creator(n);
            ViolationType type = random.nextBoolean() ? ViolationType.COUNTERFEIT_SALE : pick(ViolationType.values());
            Instant occurredAt = payment();
            int points = type == ViolationType.COUNTERFEIT_SALE ? 0 : 1 + random.nextInt(12);
            ViolationRecord violation = new ViolationRecord("v-" + n, shop.id(), type, points, occurredAt, random.nextInt(10) == 0,
                    random.nextBoolean() ? "l-" + n : null, creator.id(), random.nextBoolean() ? creator.id() : shop.id());
            return TrustRequest.builder().evaluatedAt(occurredAt.plus(Duration.ofHours(random.nextInt(48)))).shop(shop)
                    .violation(violation).creator(creator).build();
        }

        private TrustRequest creatorReview(long n) {
            CreatorAccount creator = creator(n);
            return TrustRequest.builder().evaluatedAt(payment()).creator(creator)
                    .reports(random.nextBoolean() ? reports(ReportSubject.CREATOR, creator.id()) : null).build();
        }

        private TrustRequest shopReviewWithScores(long n) {
            ShopAccount drawn = shop(n);
            // half of them with a clean record, so that some are rated HIGH and boosted
            ShopAccount shop = random.nextBoolean() ? drawn : new ShopAccount(drawn.id(), drawn.ownerId(), drawn.licenceId(),
                    drawn.streamerId(), ShopStatus.ACTIVE, 0, 0, drawn.experienceScore(), drawn.depositFen(), drawn.requiredDepositFen(),
                    drawn.depositShortfallSince());
            ExperienceScore experience = new ExperienceScore(shop.experienceScore(), score(), score(), score(), score());
            ProductScore product = new ProductScore(score(), score(), score(), score(), score(), score(), score());
            ShopScores scores = new ShopScores(shop.id(), experience, product, repeatCustomers());
            return TrustRequest.builder().evaluatedAt(payment()).shop(shop).shopScores(scores)
                    .reports(random.nextInt(3) == 0 ? reports(ReportSubject.SHOP, shop.id()) : null).build();
        }

        private TrustRequest listingReported(long n) {
            TrustRequest listed = listing(n);
            return TrustRequest.builder().evaluatedAt(listed.evaluatedAt()).shop(listed.shop()).listing(listed.listing())
                    .reports(reports(ReportSubject.LISTING, listed.listing().id())).build();
        }

        private TrustRequest listing(long n) {
            ShopAccount shop = shop(n);
            long reference = 1_000 + random.nextLong(100_000);
            long price = reference * (5 + random.nextInt(100)) / 100;   // around the 30% counterfeit signal
            boolean branded = random.nextInt(4) > 0;
            Instant publishedAt = payment();
            Listing listing = new Listing("l-" + n, shop.id(), category(), branded ? "Brand " + random.nextInt(40) : null,
                    branded && random.nextBoolean(), price, branded && random.nextInt(4) > 0 ? reference : 0, null, publishedAt);
            return new TrustRequest(publishedAt.plus(Duration.ofMinutes(random.nextInt(120))), null, null, shop, null, null,
                    listing, null, null);
        }

        private TrustRequest application(long n) {
            boolean licensed = random.nextInt(4) > 0;
            Instant appliedAt = payment();
            ShopApplication application = new ShopApplication("a-" + n, "person-" + n, licensed ? "licence-" + n : null,
                    appliedAt, random.nextInt(5) == 0 ? "s-banned-" + random.nextInt(100) : null,
                    licensed && random.nextInt(5) == 0 ? "s-banned-" + random.nextInt(100) : null);
            return new TrustRequest(appliedAt.plus(Duration.ofMinutes(random.nextInt(120))), null, null, null, null, null, null,
                    application, null);
        }

        private TrustRequest brand(long n) {
            Instant decided = payment();
            LocalDate today = decided.atOffset(SHANGHAI).toLocalDate();
            Brand brand = new Brand("brand-" + n, "Brand " + n, today.minusDays(random.nextInt(8 * 365)),
                    random.nextInt(10_001), 50_000_000L + random.nextLong(400_000_000L), random.nextInt(4) > 0);
            return new TrustRequest(decided, null, null, null, null, null, null, null, brand);
        }

        private TrustRequest shopReview(long n) {
            return new TrustRequest(payment(), null, null, shop(n), null, null, null, null, null);
        }

        // --- the facts ---

        private Order order(long n, Category category, long paid, boolean authenticated, boolean delivered) {
            Instant paidAt = payment();
            Instant deliveredAt = delivered || random.nextBoolean() ? paidAt.plus(Duration.ofHours(12 + random.nextInt(96))) : null;
            Set<EntitlementType> guarantees = EnumSet.noneOf(EntitlementType.class);
            if (random.nextInt(3) > 0) {
                guarantees.add(EntitlementType.FAKE_ONE_PAY_TEN);
            }
            if (random.nextBoolean()) {
                guarantees.add(EntitlementType.FREIGHT_INSURANCE);
            }
            return new Order("o-" + n, "b-" + n, "s-" + n, random.nextBoolean() ? "p-" + random.nextInt(1_000) : null, category,
                    paid, null, paidAt, deliveredAt, guarantees, authenticated);
        }

        private BuyerAccount buyer(long n) {
            int score = 400 + random.nextInt(601);               // every tier: 550, 650, 750
            Instant revokedUntil = random.nextInt(20) == 0 ? FIRST_PAYMENT.plus(days(PAYMENT_DAYS + 200)) : null;
            return new BuyerAccount("b-" + n, score, random.nextInt(5), random.nextInt(15) == 0, random.nextInt(10) == 0 ? 1 : 0,
                    revokedUntil);
        }

        private ShopAccount shop(long n) {
            long required = 100_000L * (1 + random.nextInt(10));
            boolean shortfall = random.nextInt(5) == 0;
            long deposit = shortfall ? random.nextLong(required) : required + random.nextLong(200_000);
            ShopStatus status = random.nextInt(10) == 0 ? ShopStatus.RESTRICTED : ShopStatus.ACTIVE;
            return new ShopAccount("s-" + n, "person-s" + n, random.nextBoolean() ? "licence-s" + n : null,
                    random.nextBoolean() ? "streamer-" + n : null, status, random.nextInt(50), random.nextInt(3),
                    Math.round((2.0 + random.nextDouble() * 3.0) * 10) / 10.0, deposit, required,
                    shortfall ? FIRST_PAYMENT.minus(days(10)) : null);
        }

        private CreatorAccount creator(long n) {
            CreatorStatus status = random.nextInt(10) == 0 ? CreatorStatus.RESTRICTED : CreatorStatus.ACTIVE;
            WordOfMouthScore wordOfMouth = new WordOfMouthScore(score(), score(), score(), score());
            boolean clean = random.nextBoolean(); // half of them without points or counterfeits, so that some are HIGH
            return new CreatorAccount("creator-" + n, status, clean ? 0 : random.nextInt(50), clean ? 0 : random.nextInt(3), wordOfMouth,
                    random.nextInt(5) == 0 ? null : repeatCustomers());
        }

        /** A score of 5, mostly from 2.0 up (the standing's LOW, STANDARD and HIGH), in tenths. */
        private double score() {
            return Math.round((2.0 + random.nextDouble() * 3.0) * 10) / 10.0;
        }

        private RepeatCustomers repeatCustomers() {
            return new RepeatCustomers(random.nextInt(101), random.nextInt(201) - 100);
        }

        /** Reports in 30 days around the review thresholds (3 upheld, 10 in all). */
        private BuyerReports reports(ReportSubject subject, String id) {
            int reports = random.nextInt(16);
            return new BuyerReports(subject, id, reports, random.nextInt(Math.min(reports, 6) + 1));
        }

        // --- draws ---

        private Instant payment() {
            return FIRST_PAYMENT.plus(Duration.ofMinutes(random.nextLong(PAYMENT_DAYS * 24L * 60)));
        }

        private long paidFen() {
            return 100 + random.nextLong(60_000);            // 1 to 600 CNY: the refund-without-return limits, the freight cap
        }

        private Category category() {
            return CATEGORIES[random.nextInt(CATEGORIES.length)];
        }

        private Duration days(int bound) {
            return Duration.ofMinutes(random.nextLong(bound * 24L * 60));
        }

        @SafeVarargs
        private <T> T pick(T... choices) {
            return choices[random.nextInt(choices.length)];
        }
    }
}
