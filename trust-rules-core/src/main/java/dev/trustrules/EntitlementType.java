package dev.trustrules;

/** The consumer guarantees of the trust programme, in the order a decision lists them. */
public enum EntitlementType {
    /** 假一赔十: a confirmed counterfeit is refunded and compensated at ten times the amount paid. */
    FAKE_ONE_PAY_TEN,
    /** 退款不退货: a refund without sending the goods back, for trusted buyers. */
    REFUND_WITHOUT_RETURN,
    /** 退货补运费 / 运费险: the return freight is reimbursed. */
    FREIGHT_INSURANCE,
    /** 过敏险: a refund when a cosmetic or skincare product causes an allergy. */
    ALLERGY_INSURANCE,
    /** 七天无理由退货: a return for any reason within 7 days of signing for the parcel. */
    NO_REASON_RETURN_7D,
    /**
     * 退货退款 (商家责任): goods returned for the seller's fault (quality problem, damaged in transit, not as
     * described, wrong item, spoiled) are refunded, and the shop pays the return freight.
     */
    SELLER_FAULT_RETURN,
    /**
     * 换货: the goods are exchanged for the same item, within the 7-day no-reason window or, for the
     * seller's fault, within the seller-fault window.
     */
    EXCHANGE,
    /** 坏果险: a proportional refund for fruit that arrives rotten. */
    BAD_FRUIT_INSURANCE,
    /** 二手手机180天保修: repair, replacement or refund of a defective used phone. */
    USED_PHONE_WARRANTY,
    /** 官方保真: the item passed the platform's authentication before shipping. */
    OFFICIAL_AUTHENTICITY,
    /** 快品牌: a brand qualifies for the platform's quick-brand support (asked by a brand, not a buyer). */
    QUICK_BRAND_SUPPORT
}
