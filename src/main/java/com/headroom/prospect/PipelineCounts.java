package com.headroom.prospect;

import java.util.Map;

/**
 * How many prospects of the current filter sit in each stage, and how many are
 * do-not-contact.
 */
public record PipelineCounts(Map<Stage, Long> byStage, long doNotContact) {

    public long inStage(Stage stage) {
        return byStage.getOrDefault(stage, 0L);
    }

    public long total() {
        return byStage.values().stream().mapToLong(Long::longValue).sum() + doNotContact;
    }
}
