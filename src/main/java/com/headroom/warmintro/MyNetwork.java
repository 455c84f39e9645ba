package com.headroom.warmintro;

import java.time.Instant;
import java.util.List;

/** A member's network as "My network" shows it. */
public record MyNetwork(boolean sharesNetwork, int connections, Instant lastImportAt, List<ImportSummary> imports) {
}
