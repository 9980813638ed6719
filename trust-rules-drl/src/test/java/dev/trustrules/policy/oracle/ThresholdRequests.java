package dev.trustrules.policy.oracle;

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
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random requests whose facts sit on, just under and just over every threshold of the default policy:
 * amounts at the caps and floors and tier limits ±1 fen, credit scores at the band edges, day and hour
 * windows ±1 s across Shanghai midnight (the seller-fault 15 days, the 48 hours of a fault visible on
 * arrival), the shop's and the creator's points ladders, counterfeit counts, experience, product and
 * word-of-mouth scores and their dimensions around each standing threshold, repeat-customer indicators
 * around the boost, buyer-report counts around review, deposit shortfall days, brand thresholds, and
 * orders paid either side of 2026-12-01T00:00+08:00. Every request is valid (its facts agree), so the
 * engine and the oracle must both decide it.
 *
 * <p>Everything is drawn from the {@link Random} given, so a seed reproduces a sequence of requests.
 */
public final class ThresholdRequests {
    private static final Instant SWITCH = ReferenceOracle.WITHDRAWAL_FROM;
    private static final Category[] CATEGORIES = Category.values();

    private ThresholdRequests() {}

    /** The requests as a jqwik arbitrary (drawn from jqwik's seeded randomness). */
    public static Arbitrary<TrustRequest> arbitrary() {
        return Arbitraries.randomValue(ThresholdRequests::next).withoutEdgeCases();
    }

    /** One request drawn from {@code r}. */
    public static TrustRequest next(Random r) {
        int kind = r.nextInt(100);
        if (kind < 16) {
            return checkout(r);
        } else if (kind < 56) {
            return claim(r);
        } else if (kind < 60) {
            return claimWithViolation(r);
        } else if (kind < 70) {
            return violation(r);
        } else if (kind < 78) {
            return shopReview(r);
        } else if (kind < 84) {
            return creatorReview(r);
        } else if (kind < 90) {
            return listing(r);
        } else if (kind < 92) {
            return application(r);
        } else if (kind < 95) {
            return brand(r);
        } else if (kind < 97) {
            Instant at = anyTime(r);
            return TrustRequest.builder().evaluatedAt(at).buyer(buyer(r, at)).build();
        }
        return mixed(r);
    }

    // ---- request kinds ----

    static TrustRequest checkout(Random r) {
        Instant paid = paidAt(r);
        Instant at = r.nextInt(3) == 0 ? paid : paid.plusSeconds(r.nextInt(3 * 86_400));
        return TrustRequest.builder().evaluatedAt(at).order(order(r, paid, delivered(r, paid)))
                .buyer(r.nextInt(8) == 0 ? null : buyer(r, at))
                .shop(r.nextInt(6) == 0 ? null : shop(r, at)).build();
    }

    static TrustRequest claim(Random r) {
        return claimBuilder(r).build();
    }

    private static TrustRequest.Builder claimBuilder(Random r) {
        Instant paid = paidAt(r);
        Instant delivered = delivered(r, paid);
        ClaimType type = pick(r, ClaimType.values());
        ReturnReason reason = r.nextInt(8) == 0 ? null : pick(r, ReturnReason.values());
        Instant filed = filedAt(r, type, reason, paid, delivered);
        Instant at = r.nextInt(4) == 0 ? filed.plusSeconds(r.nextInt(86_400 * 2)) : filed;
        Order order = order(r, paid, delivered);
        AfterSaleClaim claim = new AfterSaleClaim("c1", order.id(), type, filed,
                r.nextInt(8) == 0 ? null : pick(r, AuthenticityVerdict.values()), appraisalFee(r), freight(r),
                reason, r.nextInt(5) != 0, r.nextInt(5) != 0, spoiledPercent(r), r.nextInt(5) == 0, pickInt(r, 0, 0, 0, 1, 2));
        return TrustRequest.builder().evaluatedAt(at).order(order).claim(claim)
                .buyer(r.nextInt(10) == 0 ? null : buyer(r, at))
                .shop(r.nextInt(4) == 0 ? null : shop(r, at));
    }

    /**
     * A counterfeit claim (often appraised FAKE) that also carries a violation document of the shop: the same
     * counterfeit as a COUNTERFEIT_SALE document (counted once), or another violation whose points add up
     * with the counterfeit's on the ladder.
     */
    static TrustRequest claimWithViolation(Random r) {
        Instant paid = paidAt(r);
        Instant delivered = delivered(r, paid);
        Instant filed = filedAt(r, ClaimType.COUNTERFEIT, null, paid, delivered);
        Order order = order(r, paid, delivered);
        ShopAccount shop = shop(r, filed);
        AfterSaleClaim claim = new AfterSaleClaim("c1", order.id(), ClaimType.COUNTERFEIT, filed,
                r.nextInt(4) == 0 ? pick(r, AuthenticityVerdict.values()) : AuthenticityVerdict.FAKE, appraisalFee(r), 0, null,
                r.nextBoolean(), r.nextBoolean(), 0, false, 0);
        ViolationType type = r.nextBoolean() ? ViolationType.COUNTERFEIT_SALE : pick(r, ViolationType.values());
        ViolationRecord violation = new ViolationRecord("v1", shop.id(), type, points(r), filed.minusSeconds(r.nextInt(3_600)),
                r.nextInt(5) == 0, r.nextBoolean() ? "l1" : null);
        return TrustRequest.builder().evaluatedAt(filed).order(order).claim(claim).shop(shop).violation(violation)
                .buyer(r.nextBoolean() ? buyer(r, filed) : null).build();
    }

    static TrustRequest violation(Random r) {
        Instant at = anyTime(r);
        ShopAccount shop = shop(r, at);
        ViolationType type = r.nextBoolean() ? ViolationType.COUNTERFEIT_SALE : pick(r, ViolationType.values());
        CreatorAccount creator = r.nextBoolean() ? creator(r) : null;
        String room = creator == null ? null : pick(r, creator.id(), shop.id(), "creator9", null);
        ViolationRecord violation = new ViolationRecord("v1", shop.id(), type, points(r),
                at.minusSeconds(r.nextInt(86_400 * 3)), r.nextInt(5) == 0, r.nextBoolean() ? "l1" : null,
                creator == null ? null : creator.id(), room);
        return TrustRequest.builder().evaluatedAt(at).shop(shop).violation(violation).creator(creator).build();
    }

    static TrustRequest shopReview(Random r) {
        Instant at = anyTime(r);
        ShopAccount shop = shop(r, at);
        return TrustRequest.builder().evaluatedAt(at).shop(shop)
                .shopScores(r.nextInt(3) == 0 ? null : shopScores(r, shop))
                .reports(r.nextInt(3) == 0 ? reports(r, ReportSubject.SHOP, shop.id()) : null).build();
    }

    static TrustRequest creatorReview(Random r) {
        Instant at = anyTime(r);
        CreatorAccount creator = creator(r);
        return TrustRequest.builder().evaluatedAt(at).creator(creator)
                .reports(r.nextInt(3) == 0 ? reports(r, ReportSubject.CREATOR, creator.id()) : null).build();
    }

    static TrustRequest listing(Random r) {
        Instant at = anyTime(r);
        ShopAccount shop = r.nextInt(4) == 0 ? shop(r, at) : null;
        Listing listing = listing(r, at);
        return TrustRequest.builder().evaluatedAt(at).shop(shop).listing(listing)
                .reports(r.nextInt(3) == 0 ? reports(r, ReportSubject.LISTING, listing.id()) : null).build();
    }

    static TrustRequest application(Random r) {
        Instant at = anyTime(r);
        return TrustRequest.builder().evaluatedAt(at).application(application(r, at)).build();
    }

    static TrustRequest brand(Random r) {
        Instant at = anyTime(r);
        return TrustRequest.builder().evaluatedAt(at).brand(brand(r, at)).build();
    }

    /** Several unrelated questions in one request (a listing, an application, a brand, a buyer, a shop, a creator). */
    static TrustRequest mixed(Random r) {
        Instant at = anyTime(r);
        ShopAccount shop = r.nextBoolean() ? shop(r, at) : null;
        Listing listing = r.nextBoolean() ? listing(r, at) : null;
        CreatorAccount creator = r.nextBoolean() ? creator(r) : null;
        BuyerReports reports = null;
        if (r.nextBoolean()) {
            if (listing != null && r.nextBoolean()) {
                reports = reports(r, ReportSubject.LISTING, listing.id());
            } else if (shop != null && r.nextBoolean()) {
                reports = reports(r, ReportSubject.SHOP, shop.id());
            } else if (creator != null) {
                reports = reports(r, ReportSubject.CREATOR, creator.id());
            }
        }
        return TrustRequest.builder().evaluatedAt(at)
                .buyer(r.nextBoolean() ? buyer(r, at) : null)
                .shop(shop)
                .shopScores(shop != null && r.nextBoolean() ? shopScores(r, shop) : null)
                .listing(listing)
                .application(r.nextBoolean() ? application(r, at) : null)
                .creator(creator)
                .reports(reports)
                .brand(brand(r, at)).build();
    }

    // ---- facts ----

    static Order order(Random r, Instant paid, Instant delivered) {
        Set<EntitlementType> enrolled = EnumSet.noneOf(EntitlementType.class);
        if (r.nextBoolean()) {
            enrolled.add(EntitlementType.FAKE_ONE_PAY_TEN);
        }
        if (r.nextBoolean()) {
            enrolled.add(EntitlementType.FREIGHT_INSURANCE);
        }
        if (r.nextInt(10) == 0) {
            enrolled.add(pick(r, EntitlementType.values()));
        }
        return new Order("o1", "b1", "s1", r.nextInt(4) == 0 ? null : "p1", category(r), paidFen(r), null, paid,
                delivered, enrolled, r.nextBoolean());
    }

    static BuyerAccount buyer(Random r, Instant at) {
        int score = r.nextInt(3) == 0 ? r.nextInt(1001) : pickInt(r, 0, 549, 550, 551, 649, 650, 651, 749, 750, 751, 1000);
        Instant revokedUntil = switch (r.nextInt(8)) {
            case 0 -> at.minusSeconds(1);
            case 1 -> at;
            case 2 -> at.plusSeconds(1);
            case 3 -> at.plus(Duration.ofDays(r.nextInt(200) - 100));
            default -> null;
        };
        return new BuyerAccount("b1", score, pickInt(r, 0, 0, 1, 2, 3, 3, 4, 5), r.nextInt(8) == 0,
                pickInt(r, 0, 0, 0, 0, 1, 2), revokedUntil);
    }

    static ShopAccount shop(Random r, Instant at) {
        double score = switch (r.nextInt(8)) {
            case 0 -> 2.99;
            case 1 -> 3.0;
            case 2 -> 3.01;
            case 3 -> r.nextBoolean() ? 0.0 : 5.0;
            case 4, 5 -> pick(r, 4.49, 4.5, 4.51);
            default -> Math.round(r.nextDouble() * 500) / 100.0;
        };
        long required = pick(r, 0L, 100_000L, 500_000L, 1L);
        long deposit = switch (r.nextInt(4)) {
            case 0 -> Math.max(0, required - 1);
            case 1 -> required;
            case 2 -> required + 1;
            default -> r.nextInt(600_000);
        };
        Instant since = null;
        if (r.nextInt(4) != 0) {
            int daysAgo = r.nextInt(10);
            Instant startOfDay = ReferenceOracle.localDate(at).minusDays(daysAgo).atStartOfDay(ReferenceOracle.ZONE).toInstant();
            since = switch (r.nextInt(4)) {
                case 0 -> startOfDay.minusSeconds(1);
                case 1 -> startOfDay;
                case 2 -> startOfDay.plusSeconds(86_399);
                default -> startOfDay.plusSeconds(r.nextInt(86_400));
            };
            if (since.isAfter(at)) {
                since = at;
            }
        }
        return new ShopAccount("s1", "owner1", r.nextBoolean() ? "lic1" : null, r.nextBoolean() ? "streamer1" : null,
                r.nextInt(5) == 0 ? ShopStatus.ACTIVE : pick(r, ShopStatus.values()),
                pickInt(r, 0, 0, 5, 11, 12, 13, 23, 24, 25, 35, 36, 37, 47, 48, 49, 60),
                pickInt(r, 0, 0, 1, 1, 2, 3), score, deposit, required, since);
    }

    /** The shop's scores, the experience score's overall being the shop's; dimensions and boosts on their edges. */
    static ShopScores shopScores(Random r, ShopAccount shop) {
        ExperienceScore experience = new ExperienceScore(shop.experienceScore(), dimension(r), dimension(r), dimension(r), dimension(r));
        double product = r.nextInt(3) == 0 ? score(r) : pick(r, 4.49, 4.5, 4.51);
        ProductScore productScore = new ProductScore(product, score(r), score(r), score(r), score(r), score(r), score(r));
        return new ShopScores(shop.id(), experience, productScore, repeatCustomers(r));
    }

    static CreatorAccount creator(Random r) {
        double overall = switch (r.nextInt(6)) {
            case 0 -> pick(r, 2.99, 3.0, 3.01);
            case 1, 2 -> pick(r, 4.49, 4.5, 4.51);
            case 3 -> pick(r, 0.0, 5.0);
            default -> score(r);
        };
        WordOfMouthScore wordOfMouth = new WordOfMouthScore(overall, dimension(r), dimension(r), dimension(r));
        CreatorStatus status = r.nextInt(5) == 0 ? pick(r, CreatorStatus.values()) : CreatorStatus.ACTIVE;
        return new CreatorAccount("creator1", status, pickInt(r, 0, 0, 0, 1, 11, 12, 13, 23, 24, 25, 35, 36, 37, 47, 48, 49, 60),
                pickInt(r, 0, 0, 0, 1, 2, 3), wordOfMouth, r.nextInt(5) == 0 ? null : repeatCustomers(r));
    }

    /** A score dimension, often on the 2.5 floor of the standing (±0.01), else anywhere from 0 to 5. */
    static double dimension(Random r) {
        return r.nextInt(6) == 0 ? pick(r, 2.49, 2.5, 2.51) : r.nextInt(4) == 0 ? score(r) : 4.0 + r.nextInt(101) / 100.0;
    }

    static double score(Random r) {
        return Math.round(r.nextDouble() * 500) / 100.0;
    }

    static RepeatCustomers repeatCustomers(Random r) {
        int index = r.nextInt(3) == 0 ? r.nextInt(101) : pickInt(r, 59, 60, 61, 100);
        int nps = r.nextInt(3) == 0 ? r.nextInt(201) - 100 : pickInt(r, 29, 30, 31, 100, -100);
        return new RepeatCustomers(index, nps);
    }

    /** Reports counted around the review thresholds (3 upheld, 10 in all). */
    static BuyerReports reports(Random r, ReportSubject subject, String id) {
        int reports = r.nextInt(4) == 0 ? r.nextInt(30) : pickInt(r, 0, 2, 3, 4, 9, 10, 11);
        int confirmed = Math.min(reports, r.nextInt(4) == 0 ? r.nextInt(15) : pickInt(r, 0, 2, 3, 4));
        return new BuyerReports(subject, id, reports, confirmed);
    }

    static Listing listing(Random r, Instant at) {
        boolean branded = r.nextInt(5) != 0;
        long reference = pick(r, 0L, 1L, 3L, 10_000L, 99_999L, 1_000_000L, (long) r.nextInt(5_000_000), Long.MAX_VALUE / 2);
        long share = BigInteger.valueOf(reference).multiply(BigInteger.valueOf(3_000)).divide(BigInteger.valueOf(10_000)).longValueExact();
        long price = switch (r.nextInt(5)) {
            case 0 -> Math.max(0, share - 1);
            case 1 -> share;
            case 2 -> share + 1;
            case 3 -> reference;
            default -> (long) r.nextInt(5_000_000);
        };
        return new Listing("l1", "s1", category(r), branded ? "BrandX" : null, r.nextBoolean(), price, reference, null,
                at.minusSeconds(r.nextInt(3_600)));
    }

    static ShopApplication application(Random r, Instant at) {
        boolean licence = r.nextBoolean();
        return new ShopApplication("a1", "person1", licence ? "lic9" : null, at.minusSeconds(r.nextInt(86_400)),
                r.nextBoolean() ? "banned1" : null, licence && r.nextBoolean() ? "banned2" : null);
    }

    static Brand brand(Random r, Instant at) {
        LocalDate fiveYears = ReferenceOracle.localDate(at).minusYears(5);
        LocalDate founded = switch (r.nextInt(5)) {
            case 0 -> fiveYears.minusDays(1);
            case 1 -> fiveYears;
            case 2 -> fiveYears.plusDays(1);
            default -> fiveYears.plusDays(r.nextInt(4_000) - 2_000);
        };
        int share = r.nextBoolean() ? pickInt(r, 0, 2_999, 3_000, 3_001, 10_000) : r.nextInt(10_001);
        long gmv = r.nextBoolean() ? pick(r, 0L, 199_999_999L, 200_000_000L, 200_000_001L) : (long) r.nextInt(400_000_000);
        return new Brand("br1", "BrandX", founded, share, gmv, r.nextInt(4) != 0);
    }

    // ---- values around thresholds ----

    static Category category(Random r) {
        return r.nextInt(3) == 0
                ? pick(r, Category.FOOD, Category.FRESH_FRUIT, Category.COSMETICS, Category.USED_PHONE, Category.JEWELLERY)
                : pick(r, CATEGORIES);
    }

    static long paidFen(Random r) {
        if (r.nextInt(4) == 0) {
            return r.nextInt(2_000_000);
        }
        return pick(r, 0L, 1L, 9_999L, 10_000L, 10_001L, 29_999L, 30_000L, 30_001L, 999_999L, 1_000_000L,
                1_000_001L, 99_999L, Long.MAX_VALUE / 10, Long.MAX_VALUE / 10 + 1, Long.MAX_VALUE);
    }

    static long appraisalFee(Random r) {
        int k = r.nextInt(50);
        if (k == 0) {
            return Long.MAX_VALUE - r.nextInt(3);
        }
        return k < 20 ? 0 : r.nextInt(50_000);
    }

    static long freight(Random r) {
        return r.nextInt(3) == 0 ? r.nextInt(10_000) : pick(r, 0L, 1L, 2_499L, 2_500L, 2_501L);
    }

    static int spoiledPercent(Random r) {
        return r.nextInt(3) == 0 ? r.nextInt(101) : pickInt(r, 0, 1, 50, 99, 100);
    }

    static int points(Random r) {
        return r.nextInt(4) == 0 ? r.nextInt(1_001) : pickInt(r, 0, 0, 1, 11, 12, 13, 23, 24, 25, 35, 36, 37, 47, 48, 49);
    }

    /** Payment either side of the 2026.12.0 switch: exactly on it, 1 s either side, or days away. */
    static Instant paidAt(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> SWITCH.minusSeconds(1);
            case 1 -> SWITCH;
            case 2 -> SWITCH.plusSeconds(1);
            case 3 -> SWITCH.minusSeconds(r.nextInt(86_400 * 60));
            default -> SWITCH.plusSeconds(r.nextInt(86_400 * 60));
        };
    }

    static Instant anyTime(Random r) {
        return paidAt(r).plusSeconds(r.nextInt(86_400 * 5));
    }

    /** Delivery (or none), often ±1 s around a Shanghai midnight a few days after payment. */
    static Instant delivered(Random r, Instant paid) {
        if (r.nextInt(10) == 0) {
            return null;
        }
        Instant midnight = startOfDay(paid, 1 + r.nextInt(4));
        Instant delivered = switch (r.nextInt(5)) {
            case 0 -> midnight.minusSeconds(1);
            case 1 -> midnight;
            case 2 -> midnight.plusSeconds(1);
            default -> midnight.plusSeconds(r.nextInt(86_400));
        };
        return delivered.isBefore(paid) ? paid : delivered;
    }

    /**
     * The claim's filing time, on the edge of the window its type and reason (or, one time in four, another
     * window) are judged by.
     */
    static Instant filedAt(Random r, ClaimType type, ReturnReason reason, Instant paid, Instant delivered) {
        Instant filed;
        if (delivered == null) {
            filed = paid.plusSeconds(r.nextInt(86_400 * 10));
        } else {
            int window = r.nextInt(4) == 0 ? r.nextInt(8) : windowOf(type, reason);
            filed = switch (window) {
                case 0 -> dayWindow(r, delivered, 90);                      // COUNTERFEIT
                case 1, 3 -> dayWindow(r, delivered, 30);                   // REFUND_WITHOUT_RETURN, ALLERGY
                case 2 -> secondsAround(r, startOfDay(delivered, 1).plus(Duration.ofHours(168)), 86_400 * 3); // no reason
                case 4 -> secondsAround(r, delivered.plus(Duration.ofHours(24)), 7_200); // BAD_FRUIT
                case 6 -> dayWindow(r, delivered, 15);                      // seller's fault
                case 7 -> secondsAround(r, delivered.plus(Duration.ofHours(48)), 7_200); // fault visible on arrival
                default -> dayWindow(r, delivered, 180);                    // PHONE_DEFECT
            };
        }
        return filed.isBefore(paid) ? paid : filed;
    }

    private static int windowOf(ClaimType type, ReturnReason reason) {
        if (type == ClaimType.RETURN || type == ClaimType.EXCHANGE) {
            return reason == null || reason == ReturnReason.NO_REASON ? 2 : reason.isArrivalDefect() ? 7 : 6;
        }
        return type.ordinal();
    }

    /** A time on the last day of a {@code days}-day window after delivery, or the day after, ±1 s at midnight. */
    static Instant dayWindow(Random r, Instant delivered, int days) {
        int day = r.nextInt(5) == 0 ? r.nextInt(days + 10) : days + (r.nextBoolean() ? 0 : 1);
        Instant midnight = startOfDay(delivered, day);
        return switch (r.nextInt(5)) {
            case 0 -> midnight.minusSeconds(1);
            case 1 -> midnight;
            case 2 -> midnight.plusSeconds(1);
            case 3 -> midnight.plusSeconds(86_399);
            default -> midnight.plusSeconds(r.nextInt(86_400));
        };
    }

    static Instant secondsAround(Random r, Instant edge, int spread) {
        return switch (r.nextInt(4)) {
            case 0 -> edge.minusSeconds(1);
            case 1 -> edge;
            case 2 -> edge.plusSeconds(1);
            default -> edge.plusSeconds(r.nextInt(2 * spread) - spread);
        };
    }

    /** 00:00 Asia/Shanghai of the day {@code days} after the day of {@code time}. */
    static Instant startOfDay(Instant time, int days) {
        return ReferenceOracle.localDate(time).plusDays(days).atStartOfDay(ReferenceOracle.ZONE).toInstant();
    }

    @SafeVarargs
    static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    static int pickInt(Random r, int... values) {
        return values[r.nextInt(values.length)];
    }
}
