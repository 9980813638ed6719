package dev.trustrules.diff;

import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.PolicyId;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustRequest;
import dev.trustrules.rules.Amounts;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a candidate policy changes against a baseline, counted document by document: the report of
 * {@code trust-rules diff}, shared by every runner of the what-if (the command-line tool's worker threads,
 * the parallel tasks of the Flink job). Each runner counts into a report of its own with
 * {@link #add(String, long, TrustRequest, Decision, Decision)}; the partial reports are
 * {@linkplain #merge(DiffReport) merged} in any order and give the same totals and samples, and
 * {@link #render(PolicyId, PolicyId)} writes the text.
 *
 * <p>A decision "changed" when its outcome changed (see {@link #sameOutcome(Decision, Decision)}): renaming
 * a rule or rewording a detail changes nothing. The samples are the first changed documents in corpus
 * order (by source, then line), whatever the order they were counted in. Not thread-safe: one report per
 * thread, merged at the end. Serializable, so partial reports can travel between the tasks of a job.
 */
public final class DiffReport implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final int E = EntitlementType.values().length;
    private static final int S = SanctionType.values().length;

    /** Where a changed document was: its source (empty for a single corpus) and line. */
    private record Where(String source, long line) implements Serializable, Comparable<Where> {
        @Override
        public int compareTo(Where other) {
            int bySource = source.compareTo(other.source);
            return bySource != 0 ? bySource : Long.compare(line, other.line);
        }
    }

    private long documents;
    private long changed;
    private long undecided;
    private final long[] baselineGranted = new long[E];
    private final long[] candidateGranted = new long[E];
    private final long[] entitlementChanged = new long[E];
    private final long[] baselineImposed = new long[S];
    private final long[] candidateImposed = new long[S];
    private final long[] sanctionChanged = new long[S];
    private long baselinePaidFen;
    private long candidatePaidFen;
    private long otherCurrencyEntitlements;
    private final int maxSamples;
    private final TreeMap<Where, String> samples = new TreeMap<>();

    /**
     * An empty report keeping at most {@code maxSamples} changed documents as samples.
     *
     * @throws IllegalArgumentException if {@code maxSamples} is negative
     */
    public DiffReport(int maxSamples) {
        if (maxSamples < 0) {
            throw new IllegalArgumentException("maxSamples must be >= 0, was " + maxSamples);
        }
        this.maxSamples = maxSamples;
    }

    /** Counts one document of a single corpus, at its line (1-based): samples read {@code line 12, ...}. */
    public void add(long line, TrustRequest request, Decision baseline, Decision candidate) {
        add("", line, request, baseline, candidate);
    }

    /**
     * Counts one document, decided by the baseline and the candidate policy. {@code source} names the
     * corpus file among several (samples then read {@code part-3.jsonl line 12, ...}); empty for a single
     * corpus.
     */
    public void add(String source, long line, TrustRequest request, Decision baseline, Decision candidate) {
        Objects.requireNonNull(source, "source");
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
        Where where = new Where(source, line);
        if (samples.size() < maxSamples || (maxSamples > 0 && where.compareTo(samples.lastKey()) < 0)) {
            samples.put(where, sample(source, line, request, baseline, candidate));
            if (samples.size() > maxSamples) {
                samples.pollLastEntry();
            }
        }
    }

    /**
     * Counts a document that could not be decided (unreadable, or a policy failed on it). A runner that
     * stops at the first such document (the command-line tool) never calls it; one that goes on and
     * reports them elsewhere (the Flink job's failure output) counts them here, and the report says how many.
     */
    public void addUndecided() {
        undecided++;
    }

    private long paid(long total, Entitlement e) {
        if (!Amounts.DEFAULT_CURRENCY.equals(e.currency())) {
            otherCurrencyEntitlements++;
            return total;
        }
        return Math.addExact(total, e.totalFen());
    }

    /** Adds {@code other}'s counts and samples to this report (keeping the first samples in corpus order); returns this. */
    public DiffReport merge(DiffReport other) {
        documents += other.documents;
        changed += other.changed;
        undecided += other.undecided;
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
        return this;
    }

    /** Documents decided by both policies. */
    public long documents() {
        return documents;
    }

    /** Documents whose outcome changed. */
    public long changed() {
        return changed;
    }

    /** Documents that could not be decided (see {@link #addUndecided()}). */
    public long undecided() {
        return undecided;
    }

    /** Refunds and payouts in CNY that the baseline granted, in fen. */
    public long baselinePaidFen() {
        return baselinePaidFen;
    }

    /** Refunds and payouts in CNY that the candidate granted, in fen. */
    public long candidatePaidFen() {
        return candidatePaidFen;
    }

    /** The samples kept, in corpus order, as the report prints them. */
    public List<String> samples() {
        return List.copyOf(samples.values());
    }

    /**
     * The report as {@code trust-rules diff} prints it: the two policies, documents and decisions changed,
     * entitlements granted and sanctions imposed by type, the payout change in CNY and the samples; each
     * line ends with {@code \n}.
     */
    public String render(PolicyId baseline, PolicyId candidate) {
        StringBuilder out = new StringBuilder();
        line(out, "baseline:  " + baseline);
        line(out, "candidate: " + candidate);
        line(out, String.format(Locale.ROOT, "documents: %d", documents));
        line(out, String.format(Locale.ROOT, "changed decisions: %d (%.2f%%)", changed,
                documents == 0 ? 0.0 : 100.0 * changed / documents));
        if (undecided > 0) {
            line(out, String.format(Locale.ROOT, "not decided: %d documents (unreadable, or a policy failed on them)",
                    undecided));
        }
        line(out, "entitlements granted (baseline -> candidate, decisions changed):");
        boolean any = false;
        for (EntitlementType type : EntitlementType.values()) {
            int i = type.ordinal();
            if (baselineGranted[i] + candidateGranted[i] + entitlementChanged[i] > 0) {
                any = true;
                line(out, String.format(Locale.ROOT, "  %-24s %d -> %d (%+d), %d changed", type, baselineGranted[i],
                        candidateGranted[i], candidateGranted[i] - baselineGranted[i], entitlementChanged[i]));
            }
        }
        if (!any) {
            line(out, "  (none)");
        }
        line(out, "sanctions imposed (baseline -> candidate, decisions changed):");
        any = false;
        for (SanctionType type : SanctionType.values()) {
            int i = type.ordinal();
            if (baselineImposed[i] + candidateImposed[i] + sanctionChanged[i] > 0) {
                any = true;
                line(out, String.format(Locale.ROOT, "  %-24s %d -> %d (%+d), %d changed", type, baselineImposed[i],
                        candidateImposed[i], candidateImposed[i] - baselineImposed[i], sanctionChanged[i]));
            }
        }
        if (!any) {
            line(out, "  (none)");
        }
        long change = Math.subtractExact(candidatePaidFen, baselinePaidFen);
        line(out, "payout change (refund + payout): " + cny(change, true) + " (baseline " + cny(baselinePaidFen, false)
                + ", candidate " + cny(candidatePaidFen, false) + ")");
        if (otherCurrencyEntitlements > 0) {
            line(out, "  not summed: " + otherCurrencyEntitlements + " entitlements in currencies other than CNY");
        }
        if (!samples.isEmpty()) {
            line(out, "sample changed decisions:");
            samples.values().forEach(sample -> line(out, "  " + sample));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

    /** Fen as CNY with exactly two decimals: {@code -123456} gives {@code -1234.56 CNY}. */
    static String cny(long fen, boolean signed) {
        String amount = BigDecimal.valueOf(fen, 2).toPlainString();
        return (signed && fen > 0 ? "+" : "") + amount + " CNY";
    }

    /**
     * Whether two decisions have the same outcome: buyer tier, guarantees (type, reason), entitlements
     * (type, amounts, currency, payer, return, reason), denials (type, reason) and sanctions (type, days,
     * points, reason). Rule names, details and the policy's identity are not compared.
     */
    public static boolean sameOutcome(Decision a, Decision b) {
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

    private static String sample(String source, long line, TrustRequest request, Decision baseline, Decision candidate) {
        StringBuilder text = new StringBuilder(source.isEmpty() ? "" : source + " ").append("line ").append(line);
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

    /** A decision's outcome on one line, as the report's samples show it. */
    public static String outcome(Decision d) {
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
