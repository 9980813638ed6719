package dev.trustrules.facts;

import dev.trustrules.internal.Require;

/**
 * A creator (达人, 主播) who presents goods in live rooms, their own or another's, with their own
 * violation record: sanctions for what they sold follow the creator, whichever shop sold the goods.
 *
 * @param id the creator's account id
 * @param status the creator's current status; required
 * @param violationPoints365d the creator's violation points in the rolling last 365 days, before the
 *     violation being judged
 * @param confirmedCounterfeits365d counterfeit sales confirmed against the creator in the last 365 days,
 *     before the violation being judged
 * @param wordOfMouth the seller word-of-mouth score (带货口碑分) with its dimensions
 * @param repeatCustomers the repeat-customer indicators of the creator's live room, or {@code null} when
 *     the platform has none yet (a new creator)
 */
public record CreatorAccount(
        String id,
        CreatorStatus status,
        int violationPoints365d,
        int confirmedCounterfeits365d,
        WordOfMouthScore wordOfMouth,
        RepeatCustomers repeatCustomers) {

    public CreatorAccount {
        Require.id("creator.id", id);
        Require.present("creator.status", status);
        Require.nonNegative("creator.violationPoints365d", violationPoints365d);
        Require.nonNegative("creator.confirmedCounterfeits365d", confirmedCounterfeits365d);
        Require.present("creator.wordOfMouth", wordOfMouth);
    }

    /**
     * A builder of {@code CreatorAccount}, for code that would otherwise call the 6-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number that
     * was never set fails too (naming it), rather than silently being 0.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this creator's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.status = status;
        builder.violationPoints365d = violationPoints365d;
        builder.confirmedCounterfeits365d = confirmedCounterfeits365d;
        builder.wordOfMouth = wordOfMouth;
        builder.repeatCustomers = repeatCustomers;
        return builder;
    }

    /** Builds a {@link CreatorAccount}; see {@link CreatorAccount#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private CreatorStatus status;
        private Integer violationPoints365d;
        private Integer confirmedCounterfeits365d;
        private WordOfMouthScore wordOfMouth;
        private RepeatCustomers repeatCustomers;

        private Builder() {}

        /** The id: see {@link CreatorAccount#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The status: see {@link CreatorAccount#status()}. */
        public Builder status(CreatorStatus status) {
            this.status = status;
            return this;
        }

        /** The violationPoints365d: see {@link CreatorAccount#violationPoints365d()}; required. */
        public Builder violationPoints365d(int violationPoints365d) {
            this.violationPoints365d = violationPoints365d;
            return this;
        }

        /** The confirmedCounterfeits365d: see {@link CreatorAccount#confirmedCounterfeits365d()}; required. */
        public Builder confirmedCounterfeits365d(int confirmedCounterfeits365d) {
            this.confirmedCounterfeits365d = confirmedCounterfeits365d;
            return this;
        }

        /** The wordOfMouth: see {@link CreatorAccount#wordOfMouth()}. */
        public Builder wordOfMouth(WordOfMouthScore wordOfMouth) {
            this.wordOfMouth = wordOfMouth;
            return this;
        }

        /** The repeatCustomers: see {@link CreatorAccount#repeatCustomers()}. */
        public Builder repeatCustomers(RepeatCustomers repeatCustomers) {
            this.repeatCustomers = repeatCustomers;
            return this;
        }

        /**
         * The creator.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public CreatorAccount build() {
            return new CreatorAccount(id, status, set("creator.violationPoints365d", violationPoints365d),
                    set("creator.confirmedCounterfeits365d", confirmedCounterfeits365d), wordOfMouth, repeatCustomers);
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
