-- Outreach: the seat history the limits engine needs, the append-only ledger, one lock row per
-- member, templates, limit overrides, withdraw reminders, and ShedLock's table.

-- Which tier a seat had from when: a tier changed mid-week applies from the change.
CREATE TABLE seat_change (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    tier_id    BIGINT,
    from_at    DATETIME(6) NOT NULL,
    CONSTRAINT fk_seat_change_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_seat_change_tier FOREIGN KEY (tier_id) REFERENCES tier (id)
);
CREATE INDEX ix_seat_change_account ON seat_change (account_id, from_at);
-- Seats given before this history existed count as always having had their tier.
INSERT INTO seat_change (account_id, tier_id, from_at)
SELECT id, tier_id, TIMESTAMP '1970-01-01 00:00:00' FROM account WHERE tier_id IS NOT NULL;

CREATE TABLE outreach_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    -- NULL: shipped with Headroom, offered to every team and read-only.
    team_id     BIGINT,
    kind        VARCHAR(20)   NOT NULL,
    name        VARCHAR(80)   NOT NULL,
    subject     VARCHAR(200),
    body        VARCHAR(8000) NOT NULL,
    archived    BOOLEAN       NOT NULL DEFAULT FALSE,
    created_by  BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_outreach_template_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_outreach_template_author FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_outreach_template_kind CHECK (kind IN ('CONNECTION_NOTE', 'MESSAGE', 'INMAIL'))
);
CREATE INDEX ix_outreach_template_team ON outreach_template (team_id, archived, name);

-- The four connection notes of the source article, shipped as defaults.
INSERT INTO outreach_template (team_id, kind, name, body, created_at) VALUES
(NULL, 'CONNECTION_NOTE', 'Industry connection',
 'Hi [Name], I see we both work in [Topic]. I follow how [Company] approaches it and would like to connect and swap notes.',
 TIMESTAMP '2026-01-01 00:00:00'),
(NULL, 'CONNECTION_NOTE', 'Mutual connection',
 'Hi [Name], [Mutual connection] and I work together and your name came up. As [Position] at [Company] you would be a great contact. Glad to connect.',
 TIMESTAMP '2026-01-01 00:00:00'),
(NULL, 'CONNECTION_NOTE', 'Content engagement',
 'Hi [Name], I enjoyed your recent post on [Topic]; it made me rethink a few things. I would like to connect and keep following your posts.',
 TIMESTAMP '2026-01-01 00:00:00'),
(NULL, 'CONNECTION_NOTE', 'Event follow-up',
 'Hi [Name], it was good to hear your take on [Topic] at [Event]. I would like to stay in touch and carry on the conversation here.',
 TIMESTAMP '2026-01-01 00:00:00');

-- A manager's permission to go past one limit once, with the reason.
CREATE TABLE limit_override (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id       BIGINT        NOT NULL,
    member_id     BIGINT        NOT NULL,
    prospect_id   BIGINT,
    action        VARCHAR(32)   NOT NULL,
    refusal       VARCHAR(600)  NOT NULL,
    member_note   VARCHAR(500),
    requested_at  DATETIME(6)   NOT NULL,
    status        VARCHAR(16)   NOT NULL,
    decided_by    BIGINT,
    decided_at    DATETIME(6),
    reason        VARCHAR(500),
    used_at       DATETIME(6),
    CONSTRAINT fk_limit_override_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_limit_override_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT fk_limit_override_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE SET NULL,
    CONSTRAINT fk_limit_override_manager FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT ck_limit_override_status CHECK (status IN ('REQUESTED', 'APPROVED', 'DECLINED', 'USED'))
);
CREATE INDEX ix_limit_override_team ON limit_override (team_id, status, requested_at);
CREATE INDEX ix_limit_override_member ON limit_override (member_id, status);

-- Append-only: a mistake is corrected by a REVERSAL entry, never by an update or a delete.
CREATE TABLE outreach_entry (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id             BIGINT      NOT NULL,
    member_id           BIGINT      NOT NULL,
    -- NULL for entries about the member's account, and once the person was erased (GDPR).
    prospect_id         BIGINT,
    type                VARCHAR(32) NOT NULL,
    occurred_at         DATETIME(6) NOT NULL,
    logged_at           DATETIME(6) NOT NULL,
    -- NULL: written by a scheduled job (credit grants, expiries, refunds).
    logged_by           BIGINT,
    with_note           BOOLEAN     NOT NULL DEFAULT FALSE,
    template_id         BIGINT,
    relates_to          BIGINT,
    restriction_ends_at DATETIME(6),
    credits             INT         NOT NULL DEFAULT 0,
    override_id         BIGINT,
    idempotency_key     VARCHAR(80) NOT NULL,
    CONSTRAINT uq_outreach_entry_key UNIQUE (member_id, idempotency_key),
    CONSTRAINT fk_outreach_entry_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_outreach_entry_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT fk_outreach_entry_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE SET NULL,
    CONSTRAINT fk_outreach_entry_logged_by FOREIGN KEY (logged_by) REFERENCES account (id),
    CONSTRAINT fk_outreach_entry_template FOREIGN KEY (template_id) REFERENCES outreach_template (id),
    CONSTRAINT fk_outreach_entry_relates FOREIGN KEY (relates_to) REFERENCES outreach_entry (id),
    CONSTRAINT fk_outreach_entry_override FOREIGN KEY (override_id) REFERENCES limit_override (id),
    CONSTRAINT ck_outreach_entry_type CHECK (type IN ('INVITATION_SENT', 'INVITATION_ACCEPTED',
        'INVITATION_DECLINED', 'INVITATION_WITHDRAWN', 'INVITATION_EXPIRED', 'MESSAGE_SENT', 'MESSAGE_REPLIED',
        'INMAIL_SENT', 'INMAIL_REPLIED', 'INMAIL_ACCEPTED', 'INMAIL_DECLINED', 'PROFILE_VIEWED', 'POST_ENGAGED',
        'EMAIL_SENT', 'EMAIL_REPLIED', 'RESTRICTION_REPORTED', 'INMAIL_CREDITS_GRANTED', 'INMAIL_CREDIT_REFUNDED',
        'INMAIL_CREDITS_EXPIRED', 'REVERSAL'))
);
CREATE INDEX ix_outreach_entry_member ON outreach_entry (member_id, occurred_at);
CREATE INDEX ix_outreach_entry_prospect ON outreach_entry (prospect_id, occurred_at);
CREATE INDEX ix_outreach_entry_template ON outreach_entry (template_id, type);
CREATE INDEX ix_outreach_entry_relates ON outreach_entry (relates_to);

-- What was written (note, subject, message), apart from the entry: erasing the person removes
-- the words and keeps the count, which the member's limits still need.
CREATE TABLE outreach_text (
    entry_id    BIGINT        NOT NULL PRIMARY KEY,
    prospect_id BIGINT        NOT NULL,
    subject     VARCHAR(200),
    body        VARCHAR(8000),
    CONSTRAINT fk_outreach_text_entry FOREIGN KEY (entry_id) REFERENCES outreach_entry (id),
    CONSTRAINT fk_outreach_text_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE
);
CREATE INDEX ix_outreach_text_prospect ON outreach_text (prospect_id);

-- One row per member: logging locks it, so that two requests never both use the last of a
-- limit (the last InMail credit, the last invitation of the week).
CREATE TABLE outreach_account (
    member_id BIGINT NOT NULL PRIMARY KEY,
    writes    BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT fk_outreach_account_member FOREIGN KEY (member_id) REFERENCES account (id)
);

-- Invitations found pending past the team's reminder by the nightly job.
CREATE TABLE withdraw_reminder (
    invitation_entry_id BIGINT      NOT NULL PRIMARY KEY,
    member_id           BIGINT      NOT NULL,
    prospect_id         BIGINT,
    due_since           DATETIME(6) NOT NULL,
    CONSTRAINT fk_withdraw_reminder_entry FOREIGN KEY (invitation_entry_id) REFERENCES outreach_entry (id),
    CONSTRAINT fk_withdraw_reminder_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT fk_withdraw_reminder_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE SET NULL
);
CREATE INDEX ix_withdraw_reminder_member ON withdraw_reminder (member_id, due_since);

-- ShedLock: a scheduled job runs on one application node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
