package dev.trustrules.facts;

import dev.trustrules.internal.Require;
import java.time.Instant;

/**
 * An application to open a new shop. The platform's risk service resolves whether the applying person
 * or business licence is linked to a banned shop and passes the banned shop's id here.
 *
 * @param id the application id
 * @param personId the applying person
 * @param licenceId the business licence the shop would trade under, or {@code null}
 * @param appliedAt when the application was filed
 * @param bannedShopOfPerson a banned shop linked to the person, or {@code null}
 * @param bannedShopOfLicence a banned shop linked to the licence, or {@code null}
 */
public record ShopApplication(
        String id,
        String personId,
        String licenceId,
        Instant appliedAt,
        String bannedShopOfPerson,
        String bannedShopOfLicence) {

    public ShopApplication {
        Require.id("application.id", id);
        Require.id("application.personId", personId);
        Require.optionalId("application.licenceId", licenceId);
        Require.present("application.appliedAt", appliedAt);
        Require.optionalId("application.bannedShopOfPerson", bannedShopOfPerson);
        Require.optionalId("application.bannedShopOfLicence", bannedShopOfLicence);
        if (bannedShopOfLicence != null && licenceId == null) {
            throw new IllegalArgumentException("application.bannedShopOfLicence is \"" + bannedShopOfLicence
                    + "\" but application.licenceId is null; a licence link needs the licence");
        }
    }

    /**
     * A builder of {@code ShopApplication}, for code that would otherwise call the 6-argument constructor.
     * {@link Builder#build()} calls the constructor, which validates every field; a required number or flag
     * that was never set fails too (naming it), rather than silently being 0 or {@code false}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this application's fields, to build a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.personId = personId;
        builder.licenceId = licenceId;
        builder.appliedAt = appliedAt;
        builder.bannedShopOfPerson = bannedShopOfPerson;
        builder.bannedShopOfLicence = bannedShopOfLicence;
        return builder;
    }

    /** Builds a {@link ShopApplication}; see {@link ShopApplication#builder()}. Not thread-safe; reusable. */
    public static final class Builder {
        private String id;
        private String personId;
        private String licenceId;
        private Instant appliedAt;
        private String bannedShopOfPerson;
        private String bannedShopOfLicence;

        private Builder() {}

        /** The id: see {@link ShopApplication#id()}. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** The personId: see {@link ShopApplication#personId()}. */
        public Builder personId(String personId) {
            this.personId = personId;
            return this;
        }

        /** The licenceId: see {@link ShopApplication#licenceId()}. */
        public Builder licenceId(String licenceId) {
            this.licenceId = licenceId;
            return this;
        }

        /** The appliedAt: see {@link ShopApplication#appliedAt()}. */
        public Builder appliedAt(Instant appliedAt) {
            this.appliedAt = appliedAt;
            return this;
        }

        /** The bannedShopOfPerson: see {@link ShopApplication#bannedShopOfPerson()}. */
        public Builder bannedShopOfPerson(String bannedShopOfPerson) {
            this.bannedShopOfPerson = bannedShopOfPerson;
            return this;
        }

        /** The bannedShopOfLicence: see {@link ShopApplication#bannedShopOfLicence()}. */
        public Builder bannedShopOfLicence(String bannedShopOfLicence) {
            this.bannedShopOfLicence = bannedShopOfLicence;
            return this;
        }

        /**
         * The application.
         *
         * @throws IllegalArgumentException naming the field, if one is invalid or a required one was not set
         */
        public ShopApplication build() {
            return new ShopApplication(id, personId, licenceId, appliedAt, bannedShopOfPerson, bannedShopOfLicence);
        }

        private static <T> T set(String field, T value) {
            if (value == null) {
                throw new IllegalArgumentException(field + " is required, was not set");
            }
            return value;
        }
    }
}
