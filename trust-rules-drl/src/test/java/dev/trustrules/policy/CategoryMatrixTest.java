package dev.trustrules.policy;

import static dev.trustrules.EntitlementType.ALLERGY_INSURANCE;
import static dev.trustrules.EntitlementType.BAD_FRUIT_INSURANCE;
import static dev.trustrules.EntitlementType.FAKE_ONE_PAY_TEN;
import static dev.trustrules.EntitlementType.FREIGHT_INSURANCE;
import static dev.trustrules.EntitlementType.NO_REASON_RETURN_7D;
import static dev.trustrules.EntitlementType.OFFICIAL_AUTHENTICITY;
import static dev.trustrules.EntitlementType.REFUND_WITHOUT_RETURN;
import static dev.trustrules.EntitlementType.USED_PHONE_WARRANTY;
import static dev.trustrules.test.TrustAssertions.assertThat;

import dev.trustrules.EntitlementType;
import dev.trustrules.facts.Category;
import dev.trustrules.test.TrustFixtures;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The per-category matrix (guarantees/category-matrix.drl.csv) read back through checkout: a GOLD buyer's
 * authenticated 50.00 CNY order, enrolled in nothing, carries exactly what its category's row says, plus
 * the trust card's freight insurance. The expectations are written out here, not derived from the table.
 */
class CategoryMatrixTest {

    private static final Map<Category, List<EntitlementType>> CARRIED = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.APPAREL, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D)),
            Map.entry(Category.SHOES_BAGS, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D)),
            Map.entry(Category.COSMETICS, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, ALLERGY_INSURANCE, NO_REASON_RETURN_7D)),
            Map.entry(Category.SKINCARE, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, ALLERGY_INSURANCE, NO_REASON_RETURN_7D)),
            Map.entry(Category.FOOD, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D)),
            Map.entry(Category.FRESH_FRUIT, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, BAD_FRUIT_INSURANCE)),
            Map.entry(Category.FRESH_FOOD, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE)),
            Map.entry(Category.JEWELLERY, List.of(FAKE_ONE_PAY_TEN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D, OFFICIAL_AUTHENTICITY)),
            Map.entry(Category.LUXURY, List.of(FAKE_ONE_PAY_TEN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D, OFFICIAL_AUTHENTICITY)),
            Map.entry(Category.USED_PHONE, List.of(FREIGHT_INSURANCE, NO_REASON_RETURN_7D, USED_PHONE_WARRANTY)),
            Map.entry(Category.ELECTRONICS, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D)),
            Map.entry(Category.HOME, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D)),
            Map.entry(Category.CUSTOM_MADE, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE)),
            Map.entry(Category.INTIMATE_WEAR, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE)),
            Map.entry(Category.DIGITAL_DOWNLOAD, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE)),
            Map.entry(Category.OTHER, List.of(REFUND_WITHOUT_RETURN, FREIGHT_INSURANCE, NO_REASON_RETURN_7D))));

    @TestFactory
    Stream<DynamicTest> should_carry_what_the_category_row_says_when_checking_out_each_category() {
        return Stream.of(Category.values()).map(category -> DynamicTest.dynamicTest(category.name(), () -> {
            var decision = DefaultPolicy.decide(TrustFixtures.checkout()
                    .order(o -> o.category(category).paidFen(5_000).authenticated(true)));

            assertThat(decision)
                    .carriesExactly(CARRIED.get(category).toArray(EntitlementType[]::new))
                    .firedRule("CAT-%02d".formatted(category.ordinal() + 1));
        }));
    }
}
