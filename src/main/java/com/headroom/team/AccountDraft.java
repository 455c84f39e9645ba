package com.headroom.team;

import com.headroom.security.Role;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/**
 * An account as the admin fills it in: who the person is, their role, and (for members
 * and managers) their LinkedIn seat.
 *
 * @param seatStartedOn the seat's first day; its day of month is the billing day on which
 * InMail credits of billing-day tiers renew
 * @param linkedInProfileUrl stored in the normalized form of
 * {@link com.headroom.base.LinkedInProfileUrl}
 * @param linkedInStartedOn when the person's LinkedIn account started, or restarted after
 * a long pause: new and returning accounts ramp up slowly
 * @param managedTeamIds for managers: the teams whose overview they see (their own by
 * default)
 */
public record AccountDraft(
        @NotBlank(message = "Enter the person's name") @Size(max = 120,
                message = "Keep the name under 120 characters") String displayName,

        @NotBlank(message = "Enter an e-mail address") @Email(regexp = ".+@.+\\..+",
                message = "Enter an e-mail address like dana@acme.com") @Size(max = 254,
                        message = "An e-mail address has at most 254 characters") String email,

        @NotNull(message = "Choose a role") Role role,

        Long teamId,

        Long tierId,

        LocalDate seatStartedOn,

        @Size(max = 300, message = "Keep the profile address under 300 characters") String linkedInProfileUrl,

        LocalDate linkedInStartedOn,

        Set<Long> managedTeamIds) {

    public static final String TEAM_REQUIRED = "Members and managers belong to a team";

    public static final String TIER_REQUIRED = "Members and managers need a LinkedIn tier";

    public static final String SEAT_START_REQUIRED = "Enter when the LinkedIn seat started";

    public AccountDraft {
        managedTeamIds = managedTeamIds == null ? Set.of() : Set.copyOf(managedTeamIds);
    }

    public static AccountDraft newMember(LocalDate today) {
        return new AccountDraft("", "", Role.MEMBER, null, null, today, null, null, Set.of());
    }

    public boolean holdsSeat() {
        return role != Role.ADMIN;
    }

    @AssertTrue(message = TEAM_REQUIRED)
    boolean isTeamSetForSeatHolders() {
        return role == null || !holdsSeat() || teamId != null;
    }

    @AssertTrue(message = TIER_REQUIRED)
    boolean isTierSetForSeatHolders() {
        return role == null || !holdsSeat() || tierId != null;
    }

    @AssertTrue(message = SEAT_START_REQUIRED)
    boolean isSeatStartSetWithTier() {
        return tierId == null || seatStartedOn != null;
    }
}
