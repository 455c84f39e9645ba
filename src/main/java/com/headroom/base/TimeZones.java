package com.headroom.base;

import java.time.ZoneId;

/**
 * In which time zone times read to a person: their team's. Supplied by the feature that
 * owns accounts and teams, so that screens in {@code base} and {@code tier} (the audit
 * log, the tier history) show the same times as everyone else's.
 */
public interface TimeZones {

    /**
     * The zone of the account's team; for someone in no team (an administrator), the zone
     * most teams use.
     */
    ZoneId forAccount(long accountId);

}
