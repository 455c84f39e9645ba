package com.headroom.warmintro;

import java.time.LocalDate;

/** One of the signed-in member's own connections: only they see the e-mail address. */
public record OwnConnection(long personId, String name, String profileUrl, String company, String position,
        Seniority seniority, LocalDate connectedOn, String email, StrengthOverride override) {
}
