/**
 * The vocabulary rule files use. Rules insert outcome records ({@link dev.trustrules.rules.CarryGuarantee},
 * {@link dev.trustrules.rules.GrantEntitlement}, {@link dev.trustrules.rules.DenyEntitlement},
 * {@link dev.trustrules.rules.ImposeSanction}, {@link dev.trustrules.rules.AssignTier}); the engine names
 * the inserting rule on each and assembles the decision. The engine inserts
 * {@link dev.trustrules.rules.EvaluationTime} and one {@link dev.trustrules.rules.ClaimedEntitlement} per
 * entitlement a claim asks for. {@link dev.trustrules.rules.Amounts} and
 * {@link dev.trustrules.rules.PlatformCalendar} do money and time arithmetic without overflow or
 * time-zone surprises.
 */
package dev.trustrules.rules;
