-- The manager's overview reads, for every seated member of a team, a digest of their ledger that
-- ledger writes keep current, instead of each member's whole ledger.

-- What the limits engine still needs of a member's ledger (pending invitations, the last 100
-- decided, the last month, 6 months of InMail, restrictions), compressed; valid while the member's
-- write counter (outreach_account.writes) is the one it was built at.
CREATE TABLE outreach_working_set (
    member_id        BIGINT      NOT NULL PRIMARY KEY,
    writes           BIGINT      NOT NULL,
    built_at         DATETIME(6) NOT NULL,
    last_activity_at DATETIME(6),
    entries          MEDIUMBLOB  NOT NULL,
    CONSTRAINT fk_outreach_working_set_member FOREIGN KEY (member_id) REFERENCES account (id)
);

-- A member's outreach per calendar day in the team's time zone: what "Results over time" and the
-- weekly charts add up. Acceptances count on the day the invitation was sent.
CREATE TABLE outreach_member_day (
    member_id        BIGINT      NOT NULL,
    on_day           DATE        NOT NULL,
    team_id          BIGINT      NOT NULL,
    zone             VARCHAR(64) NOT NULL,
    invitations      INT         NOT NULL DEFAULT 0,
    accepted         INT         NOT NULL DEFAULT 0,
    decided          INT         NOT NULL DEFAULT 0,
    decided_accepted INT         NOT NULL DEFAULT 0,
    messages         INT         NOT NULL DEFAULT 0,
    replies          INT         NOT NULL DEFAULT 0,
    inmails          INT         NOT NULL DEFAULT 0,
    inmails_answered INT         NOT NULL DEFAULT 0,
    credits_granted  INT         NOT NULL DEFAULT 0,
    credits_refunded INT         NOT NULL DEFAULT 0,
    credits_expired  INT         NOT NULL DEFAULT 0,
    past_limit       INT         NOT NULL DEFAULT 0,
    accept_days      VARCHAR(2000),
    reply_days       VARCHAR(2000),
    PRIMARY KEY (member_id, on_day),
    CONSTRAINT fk_outreach_member_day_member FOREIGN KEY (member_id) REFERENCES account (id)
);
CREATE INDEX ix_outreach_member_day_team ON outreach_member_day (team_id, on_day);

-- Needs attention: a rep with nothing logged for this many working days is quiet.
ALTER TABLE team_policy ADD COLUMN quiet_after_working_days INT NOT NULL DEFAULT 3;
