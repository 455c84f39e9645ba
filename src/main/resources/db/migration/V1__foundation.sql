-- Foundation: audit log, tier catalogue, teams, accounts, team policies.
-- Written once for MariaDB and for H2 in MariaDB mode.

CREATE TABLE audit_entry (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at      DATETIME(6)   NOT NULL,
    actor_account_id BIGINT,
    actor            VARCHAR(254)  NOT NULL,
    subject_type     VARCHAR(40)   NOT NULL,
    subject_id       VARCHAR(64),
    subject_label    VARCHAR(200),
    action           VARCHAR(60)   NOT NULL,
    field            VARCHAR(80),
    old_value        VARCHAR(2000),
    new_value        VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);

CREATE TABLE tier (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                       VARCHAR(80)  NOT NULL,
    name_key                   VARCHAR(80)  NOT NULL,
    weekly_invitation_budget   INT          NOT NULL,
    monthly_personalized_notes INT,
    note_character_limit       INT          NOT NULL,
    monthly_inmail_credits     INT          NOT NULL,
    inmail_max_balance         INT          NOT NULL,
    inmail_renewal             VARCHAR(30)  NOT NULL,
    second_inmail_rule         VARCHAR(30)  NOT NULL,
    daily_message_limit        INT          NOT NULL,
    message_character_limit    INT          NOT NULL,
    inmail_subject_limit       INT          NOT NULL,
    inmail_body_limit          INT          NOT NULL,
    source_note                VARCHAR(2000),
    built_in                   BOOLEAN      NOT NULL DEFAULT FALSE,
    retired_at                 DATETIME(6),
    version                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_tier_name_key UNIQUE (name_key),
    CONSTRAINT ck_tier_figures CHECK (weekly_invitation_budget >= 0 AND note_character_limit BETWEEN 1 AND 300
        AND monthly_inmail_credits >= 0 AND inmail_max_balance >= monthly_inmail_credits
        AND daily_message_limit >= 0 AND message_character_limit >= 1)
);

CREATE TABLE team (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    name_key   VARCHAR(100) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_team_name_key UNIQUE (name_key)
);

CREATE TABLE team_policy (
    team_id                            BIGINT      NOT NULL PRIMARY KEY,
    pending_invitations_warn_at        INT         NOT NULL,
    pending_invitations_block_at       INT         NOT NULL,
    acceptance_rate_target_percent     INT         NOT NULL,
    low_acceptance_below_percent       INT         NOT NULL,
    low_acceptance_budget_percent      INT         NOT NULL,
    very_low_acceptance_below_percent  INT         NOT NULL,
    very_low_acceptance_budget_percent INT         NOT NULL,
    ramp_up_first_week_daily           INT         NOT NULL,
    ramp_up_weekly_step                INT         NOT NULL,
    daily_invitation_pace              INT         NOT NULL,
    withdraw_reminder_days             INT         NOT NULL,
    reinvite_lockout_days              INT         NOT NULL,
    restriction_cooldown_days          INT         NOT NULL,
    restriction_repeat_window_days     INT         NOT NULL,
    burst_request_count                INT         NOT NULL,
    burst_window_minutes               INT         NOT NULL,
    working_days                       VARCHAR(20) NOT NULL,
    time_zone                          VARCHAR(64) NOT NULL,
    version                            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_team_policy_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_team_policy_pending CHECK (pending_invitations_warn_at < pending_invitations_block_at),
    CONSTRAINT ck_team_policy_percent CHECK (acceptance_rate_target_percent BETWEEN 0 AND 100
        AND low_acceptance_below_percent BETWEEN 0 AND 100 AND low_acceptance_budget_percent BETWEEN 0 AND 100
        AND very_low_acceptance_below_percent BETWEEN 0 AND 100
        AND very_low_acceptance_budget_percent BETWEEN 0 AND 100)
);

CREATE TABLE account (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    email                  VARCHAR(254) NOT NULL,
    display_name           VARCHAR(120) NOT NULL,
    password_hash          VARCHAR(255),
    role                   VARCHAR(16)  NOT NULL,
    team_id                BIGINT,
    tier_id                BIGINT,
    seat_started_on        DATE,
    linkedin_profile_url   VARCHAR(300),
    linkedin_started_on    DATE,
    active                 BOOLEAN      NOT NULL DEFAULT TRUE,
    invitation_token_hash  VARCHAR(64),
    invitation_expires_at  DATETIME(6),
    created_at             DATETIME(6)  NOT NULL,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT uq_account_invitation UNIQUE (invitation_token_hash),
    CONSTRAINT fk_account_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_account_tier FOREIGN KEY (tier_id) REFERENCES tier (id),
    CONSTRAINT ck_account_role CHECK (role IN ('MEMBER', 'MANAGER', 'ADMIN'))
);
CREATE INDEX ix_account_team ON account (team_id, active);
CREATE INDEX ix_account_tier ON account (tier_id, active);

CREATE TABLE team_manager (
    account_id BIGINT NOT NULL,
    team_id    BIGINT NOT NULL,
    PRIMARY KEY (account_id, team_id),
    CONSTRAINT fk_team_manager_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_team_manager_team FOREIGN KEY (team_id) REFERENCES team (id)
);
CREATE INDEX ix_team_manager_team ON team_manager (team_id);

-- The seven LinkedIn subscriptions of DESIGN.md, with their sources. Admins may edit every figure.
INSERT INTO tier (name, name_key, weekly_invitation_budget, monthly_personalized_notes, note_character_limit,
                  monthly_inmail_credits, inmail_max_balance, inmail_renewal, second_inmail_rule,
                  daily_message_limit, message_character_limit, inmail_subject_limit, inmail_body_limit,
                  source_note, built_in)
VALUES
('Free', 'free', 100, 5, 200, 0, 0, 'NONE', 'WAIT_FOR_REPLY', 120, 8000, 200, 1900,
 'Invitations: LinkedIn publishes no number; about 100 a week is widely reported since 2021 (100-200 for established accounts with high acceptance). Free accounts get a few personalized notes a month, 200 characters each. No InMail credits. Messages: 120 a day, 8,000 characters.',
 TRUE),
('Premium Career', 'premium career', 150, NULL, 300, 5, 15, 'BILLING_DAY', 'WAIT_FOR_REPLY', 120, 8000, 200, 1900,
 'InMail: 5 a month, balance at most 15 (LinkedIn Help). Credits return when the recipient accepts, declines or replies within 90 days; unused credits expire 90 days after they were granted. A second InMail to the same person is refused until they reply. Invitations: no published figure; 150 a week reported for Premium.',
 TRUE),
('Premium Business', 'premium business', 150, NULL, 300, 15, 45, 'BILLING_DAY', 'WAIT_FOR_REPLY', 120, 8000, 200, 1900,
 'InMail: 15 a month, balance at most 45 (LinkedIn Help). A second InMail to the same person is refused until they reply. Invitations: no published figure; 150 a week reported for Premium.',
 TRUE),
('Sales Navigator Core', 'sales navigator core', 200, NULL, 300, 50, 150, 'FIRST_OF_MONTH_UTC', 'COSTS_ANOTHER_CREDIT', 120, 8000, 200, 1900,
 'InMail: 50 a month, balance at most 150, renewed on the 1st of the month UTC (LinkedIn Help). The source article lists Core at 20: an older figure. A second InMail costs another credit. Invitations: 100-200 a week reported for established accounts. InMail body: 1,900 characters (LinkedIn Help also says 2,000).',
 TRUE),
('Sales Navigator Advanced', 'sales navigator advanced', 200, NULL, 300, 50, 150, 'FIRST_OF_MONTH_UTC', 'COSTS_ANOTHER_CREDIT', 120, 8000, 200, 1900,
 'InMail: 50 a month, balance at most 150, renewed on the 1st of the month UTC (LinkedIn Help; the source article agrees at 50). A second InMail costs another credit. Invitations: 100-200 a week reported for established accounts.',
 TRUE),
('Recruiter Lite', 'recruiter lite', 200, NULL, 300, 30, 120, 'BILLING_DAY', 'COSTS_ANOTHER_CREDIT', 120, 8000, 200, 1900,
 'InMail: 30 a month, balance at most 120 (LinkedIn Help). Invitations: no published figure; 200 a week reported.',
 TRUE),
('LinkedIn Recruiter', 'linkedin recruiter', 200, NULL, 300, 150, 600, 'BILLING_DAY', 'COSTS_ANOTHER_CREDIT', 120, 8000, 200, 1900,
 'InMail: 150 a month is widely reported; LinkedIn Help caps a Recruiter balance at four times the monthly allowance (hence 600). Invitations: no published figure; 200 a week reported.',
 TRUE);
