package dev.trustrules.examples.quickstart;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.facts.AfterSaleClaim;
import dev.trustrules.facts.AuthenticityVerdict;
import dev.trustrules.facts.BuyerAccount;
import dev.trustrules.facts.Category;
import dev.trustrules.facts.ClaimType;
import dev.trustrules.facts.Order;
import dev.trustrules.facts.ShopAccount;
import dev.trustrules.facts.ShopStatus;
import dev.trustrules.facts.ViolationRecord;
import dev.trustrules.facts.ViolationType;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Set;

/** Decides a checkout, a counterfeit claim and a counterfeit violation on the default policy. */
public final class Quickstart {

    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        try (TrustPolicy policy = TrustPolicy.builder().defaultPolicy().build()) {
            out.println("policy " + policy.id());

            Instant paid = Instant.parse("2026-03-01T02:00:00Z");
            Instant signed = Instant.parse("2026-03-03T02:00:00Z");
            Order order = new Order("o-1", "b-1", "s-1", "p-1", Category.COSMETICS, 19_900, "CNY", paid, signed,
                    Set.of(EntitlementType.FAKE_ONE_PAY_TEN), false);
            BuyerAccount buyer = new BuyerAccount("b-1", 720, 0, false, 0, null);
            ShopAccount shop = new ShopAccount("s-1", "person-1", "licence-1", "streamer-1", ShopStatus.ACTIVE, 12, 1,
                    4.6, 500_000, 500_000, null);

            print(out, "checkout", policy.evaluate(TrustRequest.builder()
                    .evaluatedAt(paid).order(order).buyer(buyer).shop(shop).build()));

            AfterSaleClaim counterfeit = new AfterSaleClaim("c-1", "o-1", ClaimType.COUNTERFEIT,
                    signed.plusSeconds(5 * 86_400), AuthenticityVerdict.FAKE, 0, 0, null, true, true, 0, false, 0);
            print(out, "counterfeit claim", policy.evaluate(TrustRequest.builder()
                    .evaluatedAt(counterfeit.filedAt()).order(order).buyer(buyer).shop(shop).claim(counterfeit).build()));

            ViolationRecord sale = new ViolationRecord("v-1", "s-1", ViolationType.COUNTERFEIT_SALE, 0,
                    signed.plusSeconds(9 * 86_400), false, "l-1");
            print(out, "counterfeit violation", policy.evaluate(TrustRequest.builder()
                    .evaluatedAt(sale.occurredAt()).shop(shop).violation(sale).build()));
        }
    }

    private static void print(PrintStream out, String title, Decision decision) {
        out.println();
        out.println("== " + title);
        for (Guarantee g : decision.guarantees()) {
            out.println("carries   " + g.type() + "  [" + g.rule() + "]");
        }
        for (Entitlement e : decision.entitlements()) {
            out.println("grants    " + e.type() + " refund " + e.refundFen() + " + payout " + e.payoutFen() + " fen "
                    + e.currency() + ", paid by " + e.payer() + (e.returnRequired() ? ", goods returned" : ", goods kept")
                    + "  [" + e.rule() + ": " + e.reason() + "]");
        }
        for (Denial d : decision.denials()) {
            out.println("denies    " + d.type() + ": " + d.detail() + "  [" + d.rule() + ": " + d.reason() + "]");
        }
        for (Sanction s : decision.sanctions()) {
            out.println("sanctions " + s.type() + (s.days() > 0 ? " " + s.days() + " days" : "")
                    + (s.points() > 0 ? " " + s.points() + " points" : "") + "  [" + s.rule() + ": " + s.reason() + "]");
        }
    }
}
