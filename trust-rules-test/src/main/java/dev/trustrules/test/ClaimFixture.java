package dev.trustrules.test;

import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.ReturnReason;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * Builds an {@link AfterSaleClaim}. Its filing time may be given relative to the order's delivery
 * ({@link #filedDaysAfterDelivery}, {@link #filedAfterDelivery}); it is resolved when the request is
 * built. Defaults: {@code c-1}, filed 3 days after delivery, verdict FAKE for counterfeit claims,
 * return reason NO_REASON and 1,200 fen freight for returns, evidence attached, item intact, 50%
 * spoiled for bad fruit.
 */
public final class ClaimFixture {
    private String id = "c-1";
    private final ClaimType type;
    private Function<Instant, Instant> filedAt = delivered -> delivered.plus(Duration.ofDays(3));
    private AuthenticityVerdict verdict;
    private long appraisalFeeFen;
    private long freightFen;
    private ReturnReason returnReason;
    private boolean evidenceAttached = true;
    private boolean itemIntact = true;
    private int spoiledPercent;
    private boolean buyerCausedDamage;
    private int priorClaimsSameProduct180d;

    ClaimFixture(ClaimType type) {
        this.type = type;
        switch (type) {
            case COUNTERFEIT -> verdict = AuthenticityVerdict.FAKE;
            case RETURN -> {
                returnReason = ReturnReason.NO_REASON;
                freightFen = 1_200;
            }
            case BAD_FRUIT -> spoiledPercent = 50;
            default -> { }
        }
    }

    public ClaimFixture id(String id) { this.id = id; return this; }
    public ClaimFixture filedAt(Instant filedAt) { this.filedAt = delivered -> filedAt; return this; }

    /** Filed this long after the buyer signed for the order. */
    public ClaimFixture filedAfterDelivery(Duration after) { this.filedAt = delivered -> delivered.plus(after); return this; }

    /** Filed this many whole days (24-hour periods) after the buyer signed for the order. */
    public ClaimFixture filedDaysAfterDelivery(long days) { return filedAfterDelivery(Duration.ofDays(days)); }

    public ClaimFixture verdict(AuthenticityVerdict verdict) { this.verdict = verdict; return this; }
    public ClaimFixture appraisalFeeFen(long fen) { this.appraisalFeeFen = fen; return this; }
    public ClaimFixture freightFen(long fen) { this.freightFen = fen; return this; }
    public ClaimFixture returnReason(ReturnReason reason) { this.returnReason = reason; return this; }
    public ClaimFixture evidenceAttached(boolean attached) { this.evidenceAttached = attached; return this; }
    public ClaimFixture itemIntact(boolean intact) { this.itemIntact = intact; return this; }
    public ClaimFixture spoiledPercent(int percent) { this.spoiledPercent = percent; return this; }
    public ClaimFixture buyerCausedDamage(boolean caused) { this.buyerCausedDamage = caused; return this; }
    public ClaimFixture priorClaimsSameProduct180d(int count) { this.priorClaimsSameProduct180d = count; return this; }

    /** The claim against an order with this id, signed for at {@code deliveredAt} (or paid at, if not delivered). */
    public AfterSaleClaim build(String orderId, Instant deliveredOrPaidAt) {
        return new AfterSaleClaim(id, orderId, type, filedAt.apply(deliveredOrPaidAt), verdict, appraisalFeeFen,
                freightFen, returnReason, evidenceAttached, itemIntact, spoiledPercent, buyerCausedDamage,
                priorClaimsSameProduct180d);
    }
}
