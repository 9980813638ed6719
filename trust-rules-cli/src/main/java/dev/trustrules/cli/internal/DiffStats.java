package dev.trustrules.cli.internal;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustRequest;
import dev.trustrules.rules.Amounts;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one worker of {@code diff} counted; merged at the end. A decision "changed" when its outcome
 * changed: buyer tier, guarantees (type, reason), entitlements (type, amounts, currency, payer,
 * return, reason), denials (type, reason) or sanctions (type, days, points, reason). Rule names and
 * denial details are not compared, so renaming a rule or rewording a detail changes nothing.
 */
final class DiffStats {
    private static final int E = EntitlementType.values().length;
    private static final int S = SanctionType.values().length;

    long documents;
    long changed;
    final long[] baselineGranted = new long[E];
    final long[] candidateGranted = new long[E];
    final long[] entitlementChanged = new long[E];
    final long[] baselineImposed = new long[S];
    final long[] candidateImposed = new long[S];
    final long[] sanctionChanged = new long[S];
    long baselinePaidFen;
    long candidatePaidFen;
    long otherCurrencyEntitlements;
    final int maxSamples;
    final TreeMap<Long, String> samples = new TreeMap<>();

    DiffStats(int maxSamples) {
        this.maxSamples = maxSamples;
    }

    void add(long line, TrustRequest request, Decision baseline, Decision candidate) {
        documents++;
        for (Entitlement e : baseline.entitlements()) {
            baselineGranted[e.type().ordinal()]++;
            baselinePaidFen = paid(baselinePaidFen, e);
        }
        for (Entitlement e : candidate.entitlements()) {
            candidateGranted[e.type().ordinal()]++;
            candidatePaidFen = paid(candidatePaidFen, e);
        }
        for (Sanction s : baseline.sanctions()) {
            baselineImposed[s.type().ordinal()]++;
        }
        for (Sanction s : candidate.sanctions()) {
            candidateImposed[s.type().ordinal()]++;
        }
        if (sameOutcome(baseline, candidate)) {
            return;
        }
        changed++;
        for (EntitlementType type : EntitlementType.values()) {
            if (!sameEntitlements(type, baseline.entitlements(), candidate.entitlements())) {
                entitlementChanged[type.ordinal()]++;
            }
        }
        for (SanctionType type : SanctionType.values()) {
            if (!sameSanctions(type, baseline.sanctions(), candidate.sanctions())) {
                sanctionChanged[type.ordinal()]++;
            }
        }
        if (samples.size() < maxSamples || (maxSamples > 0 && line < samples.lastKey())) {
            samples.put(line, sample(line, request, baseline, candidate));
            if (samples.size() > maxSamples) {
                samples.pollLastEntry();
            }
        }
    }

    private long paid(long total, Entitlement e) {
        if (!Amounts.DEFAULT_CURRENCY.equals(e.currency())) {
            otherCurrencyEntitlements++;
            return total;
        }
        return Math.addExact(total, e.totalFen());
    }

    void merge(DiffStats other) {
        documents += other.documents;
        changed += other.changed;
        for (int i = 0; i < E; i++) {
            baselineGranted[i] += other.baselineGranted[i];
            candidateGranted[i] += other.candidateGranted[i];
            entitlementChanged[i] += other.entitlementChanged[i];
        }
        for (int i = 0; i < S; i++) {
            baselineImposed[i] += other.baselineImposed[i];
            candidateImposed[i] += other.candidateImposed[i];
            sanctionChanged[i] += other.sanctionChanged[i];
        }
        baselinePaidFen = Math.addExact(baselinePaidFen, other.baselinePaidFen);
        candidatePaidFen = Math.addExact(candidatePaidFen, other.candidatePaidFen);
        otherCurrencyEntitlements += other.otherCurrencyEntitlements;
        samples.putAll(other.samples);
        while (samples.size() > maxSamples) {
            samples.pollLastEntry();
        }
    }

    static boolean sameOutcome(Decision a, Decision b) {
        if (a.buyerTier() != b.buyerTier()) {
            return false;
        }
        List<Guarantee> ga = a.guarantees();
        List<Guarantee> gb = b.guarantees();
        if (ga.size() != gb.size()) {
            return false;
        }
        for (int i = 0; i < ga.size(); i++) {
            if (ga.get(i).type() != gb.get(i).type() || !ga.get(i).reason().equals(gb.get(i).reason())) {
                return false;
            }
        }
        List<Entitlement> ea = a.entitlements();
        List<Entitlement> eb = b.entitlements();
        if (ea.size() != eb.size()) {
            return false;
        }
        for (int i = 0; i < ea.size(); i++) {
            if (!sameEntitlement(ea.get(i), eb.get(i))) {
                return false;
            }
        }
        List<Denial> da = a.denials();
        List<Denial> db = b.denials();
        if (da.size() != db.size()) {
            return false;
        }
        for (int i = 0; i < da.size(); i++) {
            if (da.get(i).type() != db.get(i).type() || !da.get(i).reason().equals(db.get(i).reason())) {
                return false;
            }
        }
        List<Sanction> sa = a.sanctions();
        List<Sanction> sb = b.sanctions();
        if (sa.size() != sb.size()) {
            return false;
        }
        for (int i = 0; i < sa.size(); i++) {
            if (!sameSanction(sa.get(i), sb.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameEntitlement(Entitlement x, Entitlement y) {
        return x.type() == y.type() && x.refundFen() == y.refundFen() && x.payoutFen() == y.payoutFen()
                && x.payer() == y.payer() && x.returnRequired() == y.returnRequired()
                && x.currency().equals(y.currency()) && x.reason().equals(y.reason());
    }

    private static boolean sameSanction(Sanction x, Sanction y) {
        return x.type() == y.type() && x.days() == y.days() && x.points() == y.points() && x.reason().equals(y.reason());
    }

    private static boolean sameEntitlements(EntitlementType type, List<Entitlement> a, List<Entitlement> b) {
        List<Entitlement> x = a.stream().filter(e -> e.type() == type).toList();
        List<Entitlement> y = b.stream().filter(e -> e.type() == type).toList();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameEntitlement(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameSanctions(SanctionType type, List<Sanction> a, List<Sanction> b) {
        List<Sanction> x = a.stream().filter(s -> s.type() == type).toList();
        List<Sanction> y = b.stream().filter(s -> s.type() == type).toList();
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameSanction(x.get(i), y.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String sample(long line, TrustRequest request, Decision baseline, Decision candidate) {
        StringBuilder text = new StringBuilder("line ").append(line);
        if (request.order() != null) {
            text.append(", order ").append(request.order().id());
        }
        if (request.claim() != null) {
            text.append(", claim ").append(request.claim().type());
        }
        if (request.violation() != null) {
            text.append(", violation ").append(request.violation().type()).append(" of shop ").append(request.violation().shopId());
        }
        text.append("\n      baseline:  ").append(outcome(baseline));
        text.append("\n      candidate: ").append(outcome(candidate));
        return text.toString();
    }

    /** A decision's outcome on one line. */
    static String outcome(Decision d) {
        StringBuilder text = new StringBuilder();
        if (d.buyerTier() != null) {
            text.append("tier ").append(d.buyerTier()).append("; ");
        }
        for (Entitlement e : d.entitlements()) {
            text.append(e.type()).append(" granted ").append(Amounts.format(e.totalFen(), e.currency())).append(" (")
                    .append(e.reason()).append("); ");
        }
        Map<EntitlementType, StringBuilder> denied = new TreeMap<>();
        for (Denial x : d.denials()) {
            StringBuilder reasons = denied.computeIfAbsent(x.type(), t -> new StringBuilder());
            reasons.append(reasons.length() == 0 ? "" : ", ").append(x.reason());
        }
        denied.forEach((type, reasons) -> text.append(type).append(" denied (").append(reasons).append("); "));
        for (Sanction s : d.sanctions()) {
            text.append(s.type());
            if (s.days() > 0) {
                text.append(' ').append(s.days()).append('d');
            }
            if (s.points() > 0) {
                text.append(' ').append(s.points()).append("pt");
            }
            text.append(" (").append(s.reason()).append("); ");
        }
        if (text.length() == 0) {
            return "nothing granted, denied or imposed";
        }
        return text.substring(0, text.length() - 2);
    }
}
