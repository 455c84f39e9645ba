package com.headroom.tier;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Every figure LinkedIn enforces on one subscription tier, as an admin edits it. The
 * figures are defaults from DESIGN.md; the source note says where each comes from and
 * where sources disagree.
 *
 * @param monthlyPersonalizedNotes null when the tier does not cap personalized notes
 */
public record TierSettings(
        @NotBlank(message = "Enter a name for the tier") @Size(max = 80,
                message = "Keep the name under 80 characters") String name,

        @NotNull(message = "Enter the weekly invitation budget") @Min(value = 0, message = "Must be 0 or more") @Max(
                value = 1000,
                message = "LinkedIn allows no more than a few hundred a week; enter 1,000 or less") Integer weeklyInvitationBudget,

        @Min(value = 0, message = "Must be 0 or more (leave empty for unlimited)") @Max(value = 1000,
                message = "Enter 1,000 or less, or leave empty for unlimited") @Nullable Integer monthlyPersonalizedNotes,

        @NotNull(message = "Enter the note length") @Min(value = 1, message = "A note holds at least 1 character") @Max(
                value = LinkedInFigures.NOTE_CHARACTERS,
                message = "LinkedIn notes hold at most {value} characters") Integer noteCharacterLimit,

        @NotNull(message = "Enter the monthly InMail credits (0 if none)") @Min(value = 0,
                message = "Must be 0 or more") @Max(value = 1000,
                        message = "Enter 1,000 or less") Integer monthlyInMailCredits,

        @NotNull(message = "Enter the maximum InMail balance (0 if none)") @Min(value = 0,
                message = "Must be 0 or more") @Max(value = 5000,
                        message = "Enter 5,000 or less") Integer inMailMaxBalance,

        @NotNull(message = "Choose when InMail credits renew") InMailRenewal inMailRenewal,

        @NotNull(message = "Choose what a second InMail does") SecondInMailRule secondInMailRule,

        @NotNull(message = "Enter the daily message limit") @Min(value = 0, message = "Must be 0 or more") @Max(
                value = 1000, message = "Enter 1,000 or less") Integer dailyMessageLimit,

        @NotNull(message = "Enter the message length") @Min(value = 1,
                message = "A message holds at least 1 character") @Max(value = LinkedInFigures.MESSAGE_CHARACTERS,
                        message = "LinkedIn messages hold at most {value} characters") Integer messageCharacterLimit,

        @NotNull(message = "Enter the InMail subject length") @Min(value = 1,
                message = "A subject holds at least 1 character") @Max(
                        value = LinkedInFigures.INMAIL_SUBJECT_CHARACTERS,
                        message = "LinkedIn InMail subjects hold at most {value} characters") Integer inMailSubjectLimit,

        @NotNull(message = "Enter the InMail body length") @Min(value = 1,
                message = "A body holds at least 1 character") @Max(
                        value = LinkedInFigures.INMAIL_BODY_CHARACTERS_AT_MOST,
                        message = "LinkedIn InMail bodies hold at most {value} characters") Integer inMailBodyLimit,

        @Size(max = 2000, message = "Keep the source note under 2,000 characters") String sourceNote) {

    public static final String MAX_BALANCE_BELOW_GRANT = "The maximum balance must be at least the monthly grant";

    public static final String CREDITS_WITHOUT_RENEWAL = "A tier with monthly InMail credits needs a renewal day";

    @AssertTrue(message = MAX_BALANCE_BELOW_GRANT)
    boolean isMaxBalanceAtLeastMonthlyGrant() {
        return inMailMaxBalance == null || monthlyInMailCredits == null || inMailMaxBalance >= monthlyInMailCredits;
    }

    @AssertTrue(message = CREDITS_WITHOUT_RENEWAL)
    boolean isRenewalSetWhenCreditsGranted() {
        return monthlyInMailCredits == null || monthlyInMailCredits == 0 || inMailRenewal != InMailRenewal.NONE;
    }

    /** A blank tier with LinkedIn's general figures, for "Add tier". */
    public static TierSettings blank() {
        return new TierSettings("", LinkedInFigures.INVITATIONS_A_WEEK, null, LinkedInFigures.NOTE_CHARACTERS, 0, 0,
                InMailRenewal.NONE, SecondInMailRule.WAIT_FOR_REPLY, LinkedInFigures.MESSAGES_A_DAY,
                LinkedInFigures.MESSAGE_CHARACTERS, LinkedInFigures.INMAIL_SUBJECT_CHARACTERS,
                LinkedInFigures.INMAIL_BODY_CHARACTERS, "");
    }

    public boolean capsPersonalizedNotes() {
        return monthlyPersonalizedNotes != null;
    }
}
