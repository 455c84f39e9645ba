package com.headroom.team;

import java.util.List;

/** A team as the teams screen lists it. */
public record TeamSummary(long id, String name, String timeZone, long activeAccounts, List<String> managers) {
}
