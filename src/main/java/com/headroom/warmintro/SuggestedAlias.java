package com.headroom.warmintro;

/**
 * Initials that may be another name of a company the organisation holds: "P&G" for
 * "Procter & Gamble". Accepting it makes {@code alias} an alias of {@code company}.
 *
 * @param aliasPeople connections and prospects under the initials (connections counted up
 * to 1,000)
 * @param companyPeople the same under the full name
 */
public record SuggestedAlias(String alias, String company, int aliasPeople, int companyPeople) {
}
