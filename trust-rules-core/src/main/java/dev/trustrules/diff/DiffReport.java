package dev.trustrules.diff;

import dev.trustrules.BuyerTier;
import dev.trustrules.Decision;
import dev.trustrules.Denial;
import dev.trustrules.Entitlement;
import dev.trustrules.EntitlementType;
import dev.trustrules.Guarantee;
import dev.trustrules.PolicyId;
import dev.trustrules.PolicyVersion;
import dev.trustrules.Sanction;
import dev.trustrules.SanctionType;
import dev.trustrules.TrustPolicy;
import dev.trustrules.TrustRequest;
import dev.trustrules.internal.Require;
import dev.trustrules.internal.diff.Csv;
import dev.trustrules.internal.diff.DecisionChanges;
import dev.trustrules.internal.diff.ReportWriter;
import dev.trustrules.rules.Amounts;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a candidate policy changes against a baseline, counted document by document: the report of
 * {@code trust-rules diff}, shared by every runner of the what-if (the command-line tool's worker threads,
 * the parallel tasks of the Flink job). Each runner counts into a report of its own with
 * {@link #add(String, long, TrustRequest, Decision, Decision)}, {@link #addInvalid} and {@link #addFailed};
 * the partial reports are {@linkplain #merge(DiffReport) merged} in any order and give the same totals and
 * samples, and {@link #render(Format, Policy, Policy)} writes it as text, Markdown or CSV.
 *
 * <p>A decision "changed" when its outcome changed: the buyer tier, a guarantee carried, an entitlement
 * granted (with its amounts, payer, return and reason) or denied (with its reasons), a sanction imposed
 * (with its days, points and reason). Renaming a rule or rewording a detail changes nothing. Each change
 * is attributed to the rules behind its two values ({@link #changesByRule()}). The samples are the first
 * changed documents in corpus order (by source, then line), whatever the order they were counted in, each
 * with its {@link Change}s. Not thread-safe: one report per thread, merged at the end. Serializable, so
 * partial reports can travel between the tasks of a job.
 */
public final class DiffReport implements Serializable {
    @Serial
    private static final long serialVersionUID = 2L;
    /** How many invalid lines and failures the report shows (it counts them all). */
    public static final int SHOWN_PROBLEMS = 5;
    private static final int E = EntitlementType.values().length;
    private static final int S = SanctionType.values().length;
    private static final int T = BuyerTier.values().length + 1; // the last: no tier

    /** The forms a report is written in. */
    public enum Format {
        /** Plain text for a terminal, as {@code trust-rules diff} prints by default. */
        TEXT,
        /** Markdown with tables, for a change request or a wiki page. */
        MARKDOWN,
        /** One table ({@code section,type,baseline,candidate,difference,decisions_changed}) for a spreadsheet. */
        CSV
    }

    /** Which of the two policies. */
    public enum Side {
        BASELINE,
        CANDIDATE
    }

    /**
     * A policy as the report names it.
     *
     * @param origin where it was read from (a directory, a bundle, {@code the bundled default policy})
     * @param versions its versions, oldest first, each with its name, version, SHA-256 and start
     */
    public record Policy(String origin, List<PolicyVersion> versions) {
        public Policy {
            Require.text("policy.origin", origin);
            versions = Require.list("policy.versions", versions);
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("policy.versions must not be empty");
            }
        }

        /** {@code policy} read from {@code origin}, with every version it holds. */
        public static Policy of(String origin, TrustPolicy policy) {
            return new Policy(origin, policy.versions());
        }

        /** A policy known by one version's identity only. */
        public static Policy of(String origin, PolicyId id) {
            return new Policy(origin, List.of(new PolicyVersion(id, null)));
        }
    }

    /**
     * One line of the report's count tables.
     *
     * @param section {@code buyer tier}, {@code guarantees carried}, {@code entitlements granted},
     *     {@code entitlements denied} or {@code sanctions imposed}
     * @param type the tier, entitlement or sanction type ({@code none}: no tier)
     * @param baseline how many documents the baseline gave it
     * @param candidate how many documents the candidate gave it
     * @param changed how many decisions changed in it
     */
    public record Row(String section, String type, long baseline, long candidate, long changed) {}

    /**
     * How many changed decisions a rule had a hand in (its value differed on one side or the other).
     *
     * @param rule the rule's name
     * @param decisions the changed decisions
     */
    public record RuleCount(String rule, long decisions) {}

    /**
     * How many documents a pair of versions decided: which version of each policy judged them.
     *
     * @param baseline the baseline's version
     * @param candidate the candidate's version
     * @param documents how many documents
     */
    public record VersionPair(String baseline, String candidate, long documents) {}

    /**
     * A changed document as the report shows it.
     *
     * @param where its source file (among several) and line: {@code line 12}, {@code part-2.jsonl line 7}
     * @param subject what it is about: {@code order o-1, claim COUNTERFEIT}
     * @param changes every field that differs
     * @param baseline the baseline's outcome on one line
     * @param candidate the candidate's outcome on one line
     */
    public record Sample(String where, String subject, List<Change> changes, String baseline, String candidate)
            implements Serializable {
        public Sample {
            changes = List.copyOf(changes);
        }
    }

    /**
     * A document the report could not compare: unreadable or invalid, or a policy failed on it.
     *
     * @param where its source and line
     * @param side the policy that failed on it, or {@code null} for an invalid document
     * @param problem the problem, in the words of the error
     */
    public record Skipped(String where, Side side, String problem) implements Serializable {}

    /** Where a document was: its source (empty for a single corpus) and line. */
    private record Where(String source, long line) implements Serializable, Comparable<Where> {
        @Override
        public int compareTo(Where other) {
            int bySource = source.compareTo(other.source);
            return bySource != 0 ? bySource : Long.compare(line, other.line);
        }

        @Override
        public String toString() {
            return (source.isEmpty() ? "" : source + " ") + "line " + line;
        }
    }

    private long documents;
    private long changed;
    private long invalid;
    private final long[] failed = new long[2];
    private final long[][] tiers = new long[3][T];
    private final long[][] guarantees = new long[3][E];
    private final long[][] granted = new long[3][E];
    private final long[][] denied = new long[3][E];
    private final long[][] sanctions = new long[3][S];
    private long baselinePaidFen;
    private long candidatePaidFen;
    private long otherCurrencyEntitlements;
    private final TreeMap<String, Long> byRule = new TreeMap<>();
    private final TreeMap<String, Long> byVersions = new TreeMap<>();
    private final int maxSamples;
    private final TreeMap<Where, Sample> samples = new TreeMap<>();
    private final TreeMap<Where, Skipped> skipped = new TreeMap<>();
    private transient PolicyId lastBaseline;
    private transient PolicyId lastCandidate;
    private transient String lastVersions;

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
        byVersions.merge(versions(baseline.policy(), candidate.policy()), 1L, Long::sum);
        count(0, baseline);
        count(1, candidate);
        for (Entitlement e : baseline.entitlements()) {
            baselinePaidFen = paid(baselinePaidFen, e);
        }
        for (Entitlement e : candidate.entitlements()) {
            candidatePaidFen = paid(candidatePaidFen, e);
        }
        List<Change> changes = sameOutcome(baseline, candidate) ? List.of() : DecisionChanges.between(baseline, candidate);
        if (changes.isEmpty()) {
            return;
        }
        changed++;
        Set<String> rules = new LinkedHashSet<>();
        boolean[][] touched = new boolean[4][Math.max(Math.max(E, S), T)];
        for (Change c : changes) {
            switch (c.section()) {
                case BUYER_TIER -> {
                    touched[0][tier(baseline.buyerTier())] = true;
                    touched[0][tier(candidate.buyerTier())] = true;
                }
                case GUARANTEE -> touched[1][EntitlementType.valueOf(c.type()).ordinal()] = true;
                case ENTITLEMENT -> touched[2][EntitlementType.valueOf(c.type()).ordinal()] = true;
                case SANCTION -> touched[3][SanctionType.valueOf(c.type()).ordinal()] = true;
            }
            rules.addAll(c.baselineRules());
            rules.addAll(c.candidateRules());
        }
        for (int i = 0; i < T; i++) {
            tiers[2][i] += touched[0][i] ? 1 : 0;
        }
        for (EntitlementType type : EntitlementType.values()) {
            int i = type.ordinal();
            guarantees[2][i] += touched[1][i] ? 1 : 0;
            if (touched[2][i]) {
                if (differs(baseline.entitlements(), candidate.entitlements(), type)) {
                    granted[2][i]++;
                }
                if (!reasons(baseline.denials(), type).equals(reasons(candidate.denials(), type))) {
                    denied[2][i]++;
                }
            }
        }
        for (int i = 0; i < S; i++) {
            sanctions[2][i] += touched[3][i] ? 1 : 0;
        }
        rules.forEach(rule -> byRule.merge(rule, 1L, Long::sum));
        Where where = new Where(source, line);
        if (samples.size() < maxSamples || (maxSamples > 0 && where.compareTo(samples.lastKey()) < 0)) {
            samples.put(where, new Sample(where.toString(), subject(request), changes, outcome(baseline), outcome(candidate)));
            if (samples.size() > maxSamples) {
                samples.pollLastEntry();
            }
        }
    }

    /**
     * Counts a document that could not be read or bound (bad JSON, an invalid field): the runner goes on
     * past it. The first {@value #SHOWN_PROBLEMS} in corpus order are shown with their problem.
     */
    public void addInvalid(String source, long line, String problem) {
        invalid++;
        keep(new Where(Objects.requireNonNull(source, "source"), line), null, problem);
    }

    /** Counts a document that {@code side}'s policy failed to decide (an {@code EvaluationException}). */
    public void addFailed(String source, long line, Side side, String problem) {
        failed[Objects.requireNonNull(side, "side").ordinal()]++;
        keep(new Where(Objects.requireNonNull(source, "source"), line), side, problem);
    }

    private void keep(Where where, Side side, String problem) {
        Objects.requireNonNull(problem, "problem");
        if (skipped.size() < SHOWN_PROBLEMS || where.compareTo(skipped.lastKey()) < 0) {
            skipped.put(where, new Skipped(where.toString(), side, problem));
            if (skipped.size() > SHOWN_PROBLEMS) {
                skipped.pollLastEntry();
            }
        }
    }

    /** The key of a pair of versions, made once per pair: the versions of a corpus are few, its documents many. */
    private String versions(PolicyId a, PolicyId b) {
        if (a != lastBaseline || b != lastCandidate) {
            lastBaseline = a;
            lastCandidate = b;
            lastVersions = a + "\n" + b;
        }
        return lastVersions;
    }

    private void count(int side, Decision d) {
        tiers[side][tier(d.buyerTier())]++;
        for (Guarantee g : d.guarantees()) {
            guarantees[side][g.type().ordinal()]++;
        }
        for (Entitlement e : d.entitlements()) {
            granted[side][e.type().ordinal()]++;
        }
        EntitlementType last = null;
        for (Denial x : d.denials()) {
            if (x.type() != last) { // a claim denied for two reasons is one denial of its type
                denied[side][x.type().ordinal()]++;
                last = x.type();
            }
        }
        for (Sanction s : d.sanctions()) {
            sanctions[side][s.type().ordinal()]++;
        }
    }

    private static int tier(BuyerTier tier) {
        return tier == null ? T - 1 : tier.ordinal();
    }

    private static boolean differs(List<Entitlement> a, List<Entitlement> b, EntitlementType type) {
        List<Entitlement> x = a.stream().filter(e -> e.type() == type).toList();
        List<Entitlement> y = b.stream().filter(e -> e.type() == type).toList();
        if (x.size() != y.size()) {
            return true;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!sameEntitlement(x.get(i), y.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameEntitlement(Entitlement x, Entitlement y) {
        return x.type() == y.type() && x.refundFen() == y.refundFen() && x.payoutFen() == y.payoutFen()
                && x.payer() == y.payer() && x.returnRequired() == y.returnRequired()
                && x.currency().equals(y.currency()) && x.reason().equals(y.reason());
    }

    private static List<String> reasons(List<Denial> denials, EntitlementType type) {
        return denials.stream().filter(d -> d.type() == type).map(Denial::reason).sorted().toList();
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
        invalid += other.invalid;
        failed[0] += other.failed[0];
        failed[1] += other.failed[1];
        for (int side = 0; side < 3; side++) {
            add(tiers[side], other.tiers[side]);
            add(guarantees[side], other.guarantees[side]);
            add(granted[side], other.granted[side]);
            add(denied[side], other.denied[side]);
            add(sanctions[side], other.sanctions[side]);
        }
        baselinePaidFen = Math.addExact(baselinePaidFen, other.baselinePaidFen);
        candidatePaidFen = Math.addExact(candidatePaidFen, other.candidatePaidFen);
        otherCurrencyEntitlements += other.otherCurrencyEntitlements;
        other.byRule.forEach((rule, n) -> byRule.merge(rule, n, Long::sum));
        other.byVersions.forEach((pair, n) -> byVersions.merge(pair, n, Long::sum));
        samples.putAll(other.samples);
        while (samples.size() > maxSamples) {
            samples.pollLastEntry();
        }
        skipped.putAll(other.skipped);
        while (skipped.size() > SHOWN_PROBLEMS) {
            skipped.pollLastEntry();
        }
        return this;
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }

    /** Documents decided by both policies. */
    public long documents() {
        return documents;
    }

    /** Documents whose outcome changed. */
    public long changed() {
        return changed;
    }

    /** Documents that could not be read or bound ({@link #addInvalid}). */
    public long invalid() {
        return invalid;
    }

    /** Documents {@code side}'s policy failed to decide ({@link #addFailed}). */
    public long failed(Side side) {
        return failed[side.ordinal()];
    }

    /** Refunds and payouts in CNY that the baseline granted, in fen. */
    public long baselinePaidFen() {
        return baselinePaidFen;
    }

    /** Refunds and payouts in CNY that the candidate granted, in fen. */
    public long candidatePaidFen() {
        return candidatePaidFen;
    }

    /** Entitlements in other currencies than CNY, left out of the payout sums. */
    public long otherCurrencyEntitlements() {
        return otherCurrencyEntitlements;
    }

    /**
     * The count tables, in report order: buyer tiers, guarantees carried, entitlements granted, entitlements
     * denied, sanctions imposed; within each, types in declaration order, only those any side gave or any
     * decision changed.
     */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < T; i++) {
            if (i < T - 1 || tiers[2][i] > 0) { // no tier (no buyer in the document) only when it changed
                row(rows, "buyer tier", i == T - 1 ? "none" : BuyerTier.values()[i].name(), tiers, i);
            }
        }
        for (EntitlementType type : EntitlementType.values()) {
            row(rows, "guarantees carried", type.name(), guarantees, type.ordinal());
        }
        for (EntitlementType type : EntitlementType.values()) {
            row(rows, "entitlements granted", type.name(), granted, type.ordinal());
        }
        for (EntitlementType type : EntitlementType.values()) {
            row(rows, "entitlements denied", type.name(), denied, type.ordinal());
        }
        for (SanctionType type : SanctionType.values()) {
            row(rows, "sanctions imposed", type.name(), sanctions, type.ordinal());
        }
        return List.copyOf(rows);
    }

    private static void row(List<Row> rows, String section, String type, long[][] counts, int i) {
        if (counts[0][i] + counts[1][i] + counts[2][i] > 0) {
            rows.add(new Row(section, type, counts[0][i], counts[1][i], counts[2][i]));
        }
    }

    /** The rules behind the changes, most changed decisions first (then by name). */
    public List<RuleCount> changesByRule() {
        return byRule.entrySet().stream().map(e -> new RuleCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(RuleCount::decisions).reversed().thenComparing(RuleCount::rule)).toList();
    }

    /** Which versions of the two policies decided the documents, by the versions' names. */
    public List<VersionPair> decidedBy() {
        return byVersions.entrySet().stream().map(e -> {
            String[] pair = e.getKey().split("\n", 2);
            return new VersionPair(pair[0], pair[1], e.getValue());
        }).toList();
    }

    /** The samples kept, in corpus order. */
    public List<Sample> samples() {
        return List.copyOf(samples.values());
    }

    /** The first invalid or failed documents, in corpus order (at most {@value #SHOWN_PROBLEMS}). */
    public List<Skipped> skipped() {
        return List.copyOf(skipped.values());
    }

    /** The report as {@code trust-rules diff} prints it by default: {@link Format#TEXT}. */
    public String render(Policy baseline, Policy candidate) {
        return render(Format.TEXT, baseline, candidate);
    }

    /**
     * The report in {@code format}: the two policies and the versions that decided, documents and
     * decisions changed, documents skipped, the count tables, the payout change in CNY, the rules behind
     * the changes and the samples with their changed fields. Each line ends with {@code \n}.
     */
    public String render(Format format, Policy baseline, Policy candidate) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(candidate, "candidate");
        return ReportWriter.write(this, format, baseline, candidate);
    }

    /**
     * Whether two decisions have the same outcome: buyer tier, guarantees (type, reason), entitlements
     * (type, amounts, currency, payer, return, reason), denials (type, reason) and sanctions (type, days,
     * points, reason). Rule names, details and the policy's identity are not compared.
     */
    public static boolean sameOutcome(Decision a, Decision b) {
        if (a.buyerTier() != b.buyerTier() || a.guarantees().size() != b.guarantees().size()
                || a.entitlements().size() != b.entitlements().size() || a.denials().size() != b.denials().size()
                || a.sanctions().size() != b.sanctions().size()) {
            return false;
        }
        for (int i = 0; i < a.guarantees().size(); i++) {
            Guarantee x = a.guarantees().get(i);
            Guarantee y = b.guarantees().get(i);
            if (x.type() != y.type() || !x.reason().equals(y.reason())) {
                return false;
            }
        }
        for (int i = 0; i < a.entitlements().size(); i++) {
            if (!sameEntitlement(a.entitlements().get(i), b.entitlements().get(i))) {
                return false;
            }
        }
        for (int i = 0; i < a.denials().size(); i++) {
            Denial x = a.denials().get(i);
            Denial y = b.denials().get(i);
            if (x.type() != y.type() || !x.reason().equals(y.reason())) {
                return false;
            }
        }
        for (int i = 0; i < a.sanctions().size(); i++) {
            Sanction x = a.sanctions().get(i);
            Sanction y = b.sanctions().get(i);
            if (x.type() != y.type() || x.days() != y.days() || x.points() != y.points() || !x.reason().equals(y.reason())) {
                return false;
            }
        }
        return true;
    }

    /** Every field in which {@code candidate}'s decision differs from {@code baseline}'s, in report order. */
    public static List<Change> changes(Decision baseline, Decision candidate) {
        return sameOutcome(baseline, candidate) ? List.of() : DecisionChanges.between(baseline, candidate);
    }

    /** The header line of a changes file ({@link #changesCsv}), with its line break. */
    public static String changesCsvHeader() {
        return Csv.row(List.of("source", "line", "subject", "section", "type", "field", "baseline", "candidate",
                "baseline_rule", "candidate_rule")) + "\n";
    }

    /**
     * The changes of one document as CSV records, one per changed field, each with its line break; empty
     * when the outcome did not change. A changes file is {@link #changesCsvHeader()} followed by these
     * records in corpus order: every changed decision, where the report keeps only samples. Several rules
     * behind one value are one cell, a line each. Cells a spreadsheet would run as a formula are written
     * with a leading apostrophe.
     */
    public static String changesCsv(String source, long line, TrustRequest request, Decision baseline, Decision candidate) {
        StringBuilder out = new StringBuilder();
        for (Change c : changes(baseline, candidate)) {
            out.append(Csv.row(List.of(source, line, subject(request), c.section(), c.type(), c.field(), c.baseline(),
                    c.candidate(), String.join("\n", c.baselineRules()), String.join("\n", c.candidateRules())))).append('\n');
        }
        return out.toString();
    }

    /** What a document is about, as samples and the changes file name it: {@code order o-1, claim COUNTERFEIT}. */
    public static String subject(TrustRequest request) {
        List<String> parts = new ArrayList<>();
        if (request.order() != null) {
            parts.add("order " + request.order().id());
        }
        if (request.claim() != null) {
            parts.add("claim " + request.claim().type());
        }
        if (request.violation() != null) {
            parts.add("violation " + request.violation().type() + " of shop " + request.violation().shopId());
        }
        return String.join(", ", parts);
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
        Map<EntitlementType, StringBuilder> deniedBy = new EnumMap<>(EntitlementType.class);
        for (Denial x : d.denials()) {
            StringBuilder reasons = deniedBy.computeIfAbsent(x.type(), t -> new StringBuilder());
            reasons.append(reasons.length() == 0 ? "" : ", ").append(x.reason());
        }
        deniedBy.forEach((type, reasons) -> text.append(type).append(" denied (").append(reasons).append("); "));
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
