package com.headroom.warmintro;

import java.time.Instant;

/**
 * One import of a member's Connections.csv and what it changed.
 *
 * @param kept rows with a usable profile address, now the member's connections
 * @param firstImport the member's first: everything is new, so no person-by-person diff
 * is kept
 * @param undated kept rows whose "Connected On" could not be read
 */
public record ImportSummary(long id, String fileName, Instant importedAt, int rowsRead, int kept, int added, int gone,
        int changed, int rejected, int undated, boolean firstImport) {
}
