-- E-mail as the second channel: guessed addresses, bounces, company domains an admin corrects,
-- what was checked about an address, which prospects went to which e-mail tool, and the activity
-- rows already read back from those tools.

-- A suggested address the rep picked is "guessed" until an e-mail tool or a reply says more.
ALTER TABLE prospect DROP CONSTRAINT ck_prospect_email_status;
ALTER TABLE prospect ADD CONSTRAINT ck_prospect_email_status CHECK (email_status IN ('UNKNOWN', 'GUESSED', 'FOUND',
    'VERIFIED', 'BOUNCED'));
-- The pattern learner reads the team's addresses at a company's domains.
CREATE INDEX ix_prospect_email_domain ON prospect (team_id, email_domain);
-- The results import finds prospects by address.
CREATE INDEX ix_prospect_email ON prospect (team_id, email);

ALTER TABLE outreach_entry DROP CONSTRAINT ck_outreach_entry_type;
ALTER TABLE outreach_entry ADD CONSTRAINT ck_outreach_entry_type CHECK (type IN ('INVITATION_SENT',
    'INVITATION_ACCEPTED', 'INVITATION_DECLINED', 'INVITATION_WITHDRAWN', 'INVITATION_EXPIRED', 'MESSAGE_SENT',
    'MESSAGE_REPLIED', 'INMAIL_SENT', 'INMAIL_REPLIED', 'INMAIL_ACCEPTED', 'INMAIL_DECLINED', 'PROFILE_VIEWED',
    'POST_ENGAGED', 'EMAIL_SENT', 'EMAIL_REPLIED', 'EMAIL_BOUNCED', 'RESTRICTION_REPORTED', 'INMAIL_CREDITS_GRANTED',
    'INMAIL_CREDIT_REFUNDED', 'INMAIL_CREDITS_EXPIRED', 'INMAIL_BALANCE_CORRECTED', 'REVERSAL'));

-- A company's mail domains come from the addresses the team holds; an admin adds one Headroom
-- cannot see yet, or marks a learned one as not the company's (a reseller's, a personal one).
CREATE TABLE email_company_domain (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_key VARCHAR(200) NOT NULL,
    company     VARCHAR(200) NOT NULL,
    domain      VARCHAR(254) NOT NULL,
    excluded    BOOLEAN      NOT NULL DEFAULT FALSE,
    changed_by  BIGINT       NOT NULL,
    changed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_email_company_domain UNIQUE (company_key, domain),
    CONSTRAINT fk_email_company_domain_account FOREIGN KEY (changed_by) REFERENCES account (id)
);

-- The latest check of a prospect's address: syntax and MX records, never a message sent.
CREATE TABLE email_check (
    prospect_id BIGINT        PRIMARY KEY,
    address     VARCHAR(254)  NOT NULL,
    checked_at  DATETIME(6)   NOT NULL,
    checked_by  BIGINT        NOT NULL,
    usable      BOOLEAN       NOT NULL,
    summary     VARCHAR(500)  NOT NULL,
    findings    VARCHAR(2000) NOT NULL,
    CONSTRAINT fk_email_check_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE,
    CONSTRAINT fk_email_check_account FOREIGN KEY (checked_by) REFERENCES account (id)
);

-- "Exported to lemlist on 3 Dec by Dana".
CREATE TABLE email_export (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id     BIGINT      NOT NULL,
    prospect_id BIGINT      NOT NULL,
    tool        VARCHAR(16) NOT NULL,
    exported_by BIGINT      NOT NULL,
    exported_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_email_export_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE,
    CONSTRAINT fk_email_export_account FOREIGN KEY (exported_by) REFERENCES account (id),
    CONSTRAINT ck_email_export_tool CHECK (tool IN ('LEMLIST', 'INSTANTLY', 'APOLLO', 'HUBSPOT', 'SALESFORCE'))
);
CREATE INDEX ix_email_export_prospect ON email_export (prospect_id, exported_at);

-- Activity rows already turned into ledger entries, so that importing a file again changes
-- nothing. Only a hash of the row: no address is kept here.
CREATE TABLE email_activity_row (
    team_id     BIGINT      NOT NULL,
    row_key     VARCHAR(64) NOT NULL,
    imported_by BIGINT      NOT NULL,
    imported_at DATETIME(6) NOT NULL,
    PRIMARY KEY (team_id, row_key),
    CONSTRAINT fk_email_activity_row_team FOREIGN KEY (team_id) REFERENCES team (id)
);

-- E-mail counted beside LinkedIn per day; the stored working sets are dropped so that every
-- member's days are counted again (with their e-mails) on the next read.
ALTER TABLE outreach_member_day ADD COLUMN emails_sent INT NOT NULL DEFAULT 0;
ALTER TABLE outreach_member_day ADD COLUMN email_replies INT NOT NULL DEFAULT 0;
ALTER TABLE outreach_member_day ADD COLUMN email_bounces INT NOT NULL DEFAULT 0;
DELETE FROM outreach_working_set;
