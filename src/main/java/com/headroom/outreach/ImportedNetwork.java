package com.headroom.outreach;

import java.time.Instant;

/**
 * A member's first-degree connections as their last Connections.csv import counted them.
 */
public record ImportedNetwork(int connections, Instant importedAt) {
}
