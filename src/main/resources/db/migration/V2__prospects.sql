-- Prospects: one record per person per team, with tags, search words, notes, history,
-- the team's do-not-contact list, and the suppression list of erased people.

CREATE TABLE prospect (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id                BIGINT        NOT NULL,
    first_name             VARCHAR(100)  NOT NULL,
    last_name              VARCHAR(100)  NOT NULL DEFAULT '',
    headline               VARCHAR(300),
    company                VARCHAR(200),
    company_key            VARCHAR(200)  NOT NULL DEFAULT '',
    -- The normalized profile address; its SHA-256 carries the uniqueness, so that no collation
    -- (accent- or case-insensitive on MariaDB) can make two people one.
    profile_url            VARCHAR(300)  NOT NULL,
    profile_key_hash       VARCHAR(64)      NOT NULL,
    email                  VARCHAR(254),
    email_domain           VARCHAR(254),
    email_status           VARCHAR(16)   NOT NULL DEFAULT 'UNKNOWN',
    location               VARCHAR(200),
    industry               VARCHAR(200),
    source                 VARCHAR(16)   NOT NULL,
    owner_id               BIGINT        NOT NULL,
    stage                  VARCHAR(20)   NOT NULL,
    do_not_contact         BOOLEAN       NOT NULL DEFAULT FALSE,
    do_not_contact_reason  VARCHAR(400),
    icp_fit                INT,
    shared_notes           VARCHAR(4000),
    created_at             DATETIME(6)   NOT NULL,
    last_activity_at       DATETIME(6)   NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    -- Hash first: the same index finds a person in one team (dedupe) and in every team (erasure).
    CONSTRAINT uq_prospect_team_person UNIQUE (profile_key_hash, team_id),
    CONSTRAINT fk_prospect_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_prospect_owner FOREIGN KEY (owner_id) REFERENCES account (id),
    CONSTRAINT ck_prospect_icp_fit CHECK (icp_fit IS NULL OR icp_fit BETWEEN 1 AND 5),
    CONSTRAINT ck_prospect_stage CHECK (stage IN ('NEW', 'RESEARCHED', 'ENGAGED', 'INVITED', 'CONNECTED',
        'CONVERSATION', 'MEETING', 'OPPORTUNITY', 'WON', 'LOST')),
    CONSTRAINT ck_prospect_email_status CHECK (email_status IN ('UNKNOWN', 'FOUND', 'VERIFIED', 'BOUNCED')),
    CONSTRAINT ck_prospect_source CHECK (source IN ('MANUAL', 'CSV_IMPORT'))
);
CREATE INDEX ix_prospect_activity ON prospect (team_id, last_activity_at);
CREATE INDEX ix_prospect_name ON prospect (team_id, last_name, first_name);
CREATE INDEX ix_prospect_company ON prospect (team_id, company_key);
CREATE INDEX ix_prospect_stage ON prospect (team_id, stage, last_activity_at);
-- Owner first, so that the same index serves the owner's foreign key and the "Mine" filter.
CREATE INDEX ix_prospect_owner ON prospect (owner_id, team_id, last_activity_at);

CREATE TABLE prospect_tag (
    prospect_id BIGINT      NOT NULL,
    tag         VARCHAR(50) NOT NULL,
    PRIMARY KEY (prospect_id, tag),
    CONSTRAINT fk_prospect_tag_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE
);
CREATE INDEX ix_prospect_tag_tag ON prospect_tag (tag, prospect_id);

-- Words of name, company and headline (lower case, accents folded) for the free-text filter:
-- a typed word matches by prefix through this index instead of scanning every prospect.
CREATE TABLE prospect_word (
    team_id     BIGINT      NOT NULL,
    word        VARCHAR(60) NOT NULL,
    prospect_id BIGINT      NOT NULL,
    PRIMARY KEY (team_id, word, prospect_id),
    CONSTRAINT fk_prospect_word_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE
);
CREATE INDEX ix_prospect_word_prospect ON prospect_word (prospect_id);

CREATE TABLE prospect_private_note (
    prospect_id BIGINT        NOT NULL,
    author_id   BIGINT        NOT NULL,
    note        VARCHAR(4000) NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (prospect_id, author_id),
    CONSTRAINT fk_private_note_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE,
    CONSTRAINT fk_private_note_author FOREIGN KEY (author_id) REFERENCES account (id)
);

CREATE TABLE prospect_history (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    prospect_id BIGINT       NOT NULL,
    occurred_at DATETIME(6)  NOT NULL,
    actor_id    BIGINT,
    actor_name  VARCHAR(120) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    from_value  VARCHAR(200),
    to_value    VARCHAR(200),
    CONSTRAINT fk_prospect_history_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE CASCADE
);
CREATE INDEX ix_prospect_history ON prospect_history (prospect_id, id);

CREATE TABLE do_not_contact (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id       BIGINT       NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    match_value   VARCHAR(300) NOT NULL,
    match_hash    VARCHAR(64)     NOT NULL,
    shown_as      VARCHAR(300) NOT NULL,
    reason        VARCHAR(300) NOT NULL,
    added_by_id   BIGINT,
    added_by_name VARCHAR(120) NOT NULL,
    added_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uq_do_not_contact UNIQUE (team_id, kind, match_hash),
    CONSTRAINT fk_do_not_contact_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_do_not_contact_kind CHECK (kind IN ('PERSON', 'COMPANY', 'EMAIL_DOMAIN'))
);

-- People erased on request: only a salted hash of their profile address or e-mail stays, so
-- that nobody can store them again. Not per team: the request is to the whole deployment.
CREATE TABLE erased_person (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,
    salted_hash VARCHAR(64)    NOT NULL,
    erased_at   DATETIME(6) NOT NULL,
    CONSTRAINT uq_erased_person UNIQUE (salted_hash),
    CONSTRAINT ck_erased_person_kind CHECK (kind IN ('PROFILE', 'EMAIL'))
);

-- Secrets generated once per installation (the suppression list's salt).
CREATE TABLE installation_secret (
    name   VARCHAR(40)  NOT NULL PRIMARY KEY,
    secret VARCHAR(128) NOT NULL
);

-- The column mapping a member used last for a CSV import, to offer it again.
CREATE TABLE import_mapping (
    account_id BIGINT        NOT NULL PRIMARY KEY,
    mapping    VARCHAR(4000) NOT NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_import_mapping_account FOREIGN KEY (account_id) REFERENCES account (id)
);
