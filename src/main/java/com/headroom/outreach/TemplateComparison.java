package com.headroom.outreach;

import java.util.OptionalDouble;

/**
 * Two templates side by side, with a two-proportion test of their success rates.
 *
 * @param pValue the chance of a difference this large if both did equally well; empty
 * while too few have been sent for the test to mean anything
 * @param verdict the plain-English reading
 */
public record TemplateComparison(TemplateStats first, TemplateStats second, OptionalDouble pValue, boolean significant,
        String verdict) {
}
