package com.headroom.warmintro;

import java.time.Instant;

/** "P&G" is another name of "Procter & Gamble". */
public record CompanyAlias(String alias, String company, Instant addedAt) {
}
