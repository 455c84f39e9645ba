package com.headroom.email;

import java.time.Instant;
import java.util.List;

/** What was checked about a prospect's address, when and by whom. */
public record StoredCheck(String address, Instant checkedAt, String checkedBy, boolean usable, String summary,
        List<String> findings) {
}
