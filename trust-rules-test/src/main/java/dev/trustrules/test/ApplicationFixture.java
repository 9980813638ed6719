package dev.trustrules.test;

import dev.trustrules.facts.ShopApplication;
import java.time.Instant;

/** Builds a {@link ShopApplication}: {@code a-1} by {@code person-9} with {@code licence-9}, linked to no banned shop. */
public final class ApplicationFixture {
    private String id = "a-1";
    private String personId = "person-9";
    private String licenceId = "licence-9";
    private Instant appliedAt = TrustFixtures.PAID_AT;
    private String bannedShopOfPerson;
    private String bannedShopOfLicence;

    ApplicationFixture() {}

    public ApplicationFixture id(String id) { this.id = id; return this; }
    public ApplicationFixture personId(String personId) { this.personId = personId; return this; }
    public ApplicationFixture licenceId(String licenceId) { this.licenceId = licenceId; return this; }
    public ApplicationFixture appliedAt(Instant appliedAt) { this.appliedAt = appliedAt; return this; }
    public ApplicationFixture bannedShopOfPerson(String shopId) { this.bannedShopOfPerson = shopId; return this; }
    public ApplicationFixture bannedShopOfLicence(String shopId) { this.bannedShopOfLicence = shopId; return this; }

    public ShopApplication build() {
        return new ShopApplication(id, personId, licenceId, appliedAt, bannedShopOfPerson, bannedShopOfLicence);
    }

    Instant appliedAt() { return appliedAt; }
}
