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
}
