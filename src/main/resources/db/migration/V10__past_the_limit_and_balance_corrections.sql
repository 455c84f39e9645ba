-- The ledger records what a rep really did on LinkedIn, also past a team pacing limit: such an
-- entry names the limits it went past, their sentence and the rep's reason, so that health turns
-- red and managers see it. Only what cannot have happened on LinkedIn is still refused.
ALTER TABLE outreach_entry ADD COLUMN past_limits VARCHAR(200);
ALTER TABLE outreach_entry ADD COLUMN past_limit_sentence VARCHAR(1000);
ALTER TABLE outreach_entry ADD COLUMN past_limit_reason VARCHAR(500);
CREATE INDEX ix_outreach_entry_past_limit ON outreach_entry (team_id, past_limits, occurred_at);

-- Headroom's InMail balance starts as an estimate: a rep sets it to the number LinkedIn shows.
ALTER TABLE outreach_entry DROP CONSTRAINT ck_outreach_entry_type;
ALTER TABLE outreach_entry ADD CONSTRAINT ck_outreach_entry_type CHECK (type IN ('INVITATION_SENT',
    'INVITATION_ACCEPTED', 'INVITATION_DECLINED', 'INVITATION_WITHDRAWN', 'INVITATION_EXPIRED', 'MESSAGE_SENT',
    'MESSAGE_REPLIED', 'INMAIL_SENT', 'INMAIL_REPLIED', 'INMAIL_ACCEPTED', 'INMAIL_DECLINED', 'PROFILE_VIEWED',
    'POST_ENGAGED', 'EMAIL_SENT', 'EMAIL_REPLIED', 'RESTRICTION_REPORTED', 'INMAIL_CREDITS_GRANTED',
    'INMAIL_CREDIT_REFUNDED', 'INMAIL_CREDITS_EXPIRED', 'INMAIL_BALANCE_CORRECTED', 'REVERSAL'));

-- Pacing that protects: past this many invitations in a day an entry is past the limit (the
-- suggested daily pace stays what Headroom proposes).
ALTER TABLE team_policy ADD COLUMN daily_invitation_cap INT NOT NULL DEFAULT 40;

-- Texts are counted in characters as people see them (an emoji with a skin tone is one), so a
-- message LinkedIn takes at 8,000 characters can hold many more code points than 8,000.
ALTER TABLE outreach_text MODIFY subject VARCHAR(2000);
ALTER TABLE outreach_text MODIFY body MEDIUMTEXT;
ALTER TABLE outreach_template MODIFY subject VARCHAR(2000);
ALTER TABLE outreach_template MODIFY body MEDIUMTEXT NOT NULL;
