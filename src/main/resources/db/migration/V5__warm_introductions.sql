-- Warm introductions: the members' own LinkedIn connections (imported from LinkedIn's
-- Connections.csv), one person per normalized profile address across all members, company
-- aliases and splits an admin maintains, strength a member knows better, and intro requests.

-- A person someone in the organisation is connected to. The id is the first 8 bytes of the
-- SHA-256 of the normalized profile address, so an import of 30,000 rows writes people without
-- reading their ids back (two addresses sharing 64 bits: about 1 in 10^7 at 1.5 million people).
CREATE TABLE wi_person (
    id               BIGINT       PRIMARY KEY,
    profile_key_hash VARCHAR(64)  NOT NULL,
    profile_url      VARCHAR(300) NOT NULL,
    first_name       VARCHAR(100) NOT NULL,
    last_name        VARCHAR(100) NOT NULL,
    CONSTRAINT uq_wi_person_profile UNIQUE (profile_key_hash)
);

-- A member's first-degree connection as their latest import says. company_key is the company's
-- matching key (base.CompanyName, then the admins' aliases and splits); seniority 1 = C-level … 5 =
-- individual contributor, derived from the position. The e-mail is the member's own: no screen
-- shows it to anyone else.
CREATE TABLE wi_connection (
    member_id    BIGINT       NOT NULL,
    person_id    BIGINT       NOT NULL,
    company      VARCHAR(200) NOT NULL,
    company_key  VARCHAR(150) NOT NULL,
    position     VARCHAR(300) NOT NULL,
    seniority    TINYINT      NOT NULL,
    connected_on DATE,
    email        VARCHAR(254),
    PRIMARY KEY (member_id, person_id),
    CONSTRAINT fk_wi_connection_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT fk_wi_connection_person FOREIGN KEY (person_id) REFERENCES wi_person (id),
    CONSTRAINT ck_wi_connection_seniority CHECK (seniority BETWEEN 1 AND 5)
);
-- Who knows this person (first-degree paths).
CREATE INDEX ix_wi_connection_person ON wi_connection (person_id, member_id);
-- Who knows people at this company, most senior and longest known first; covering, so the
-- ranked lookup reads the index only.
CREATE INDEX ix_wi_connection_company ON wi_connection (company_key, seniority, connected_on, member_id, person_id);

-- A member's sharing choice (TeamLink's opt-out) and import bookkeeping.
CREATE TABLE wi_member (
    member_id      BIGINT      PRIMARY KEY,
    shares_network BOOLEAN     NOT NULL DEFAULT TRUE,
    connections    INT         NOT NULL DEFAULT 0,
    last_import_at DATETIME(6),
    CONSTRAINT fk_wi_member_account FOREIGN KEY (member_id) REFERENCES account (id)
);

CREATE TABLE wi_import (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT       NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    imported_at DATETIME(6)  NOT NULL,
    rows_read   INT          NOT NULL,
    kept        INT          NOT NULL,
    added       INT          NOT NULL,
    gone        INT          NOT NULL,
    changed     INT          NOT NULL,
    rejected    INT          NOT NULL,
    undated     INT          NOT NULL,
    first_import BOOLEAN     NOT NULL,
    CONSTRAINT fk_wi_import_member FOREIGN KEY (member_id) REFERENCES account (id)
);
CREATE INDEX ix_wi_import_member ON wi_import (member_id, imported_at);

-- What a re-import changed, person by person (not written for a member's first import, where
-- everything is new). Names are copied so that the diff stays readable after a connection is
-- gone; erasing the person deletes their lines.
CREATE TABLE wi_import_change (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id BIGINT       NOT NULL,
    kind      VARCHAR(8)   NOT NULL,
    person_id BIGINT,
    name      VARCHAR(201) NOT NULL,
    before_text VARCHAR(510),
    after_text  VARCHAR(510),
    CONSTRAINT fk_wi_import_change_import FOREIGN KEY (import_id) REFERENCES wi_import (id) ON DELETE CASCADE,
    CONSTRAINT ck_wi_import_change_kind CHECK (kind IN ('ADDED', 'GONE', 'CHANGED'))
);
CREATE INDEX ix_wi_import_change ON wi_import_change (import_id, kind, id);

CREATE TABLE wi_import_reject (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id BIGINT        NOT NULL,
    line_no   INT           NOT NULL,
    reason    VARCHAR(300)  NOT NULL,
    raw_text  VARCHAR(500)  NOT NULL,
    CONSTRAINT fk_wi_import_reject_import FOREIGN KEY (import_id) REFERENCES wi_import (id) ON DELETE CASCADE
);
CREATE INDEX ix_wi_import_reject ON wi_import_reject (import_id, line_no);

-- "We're close" / "barely know them": a member's word beats the computed strength.
CREATE TABLE wi_strength_override (
    member_id BIGINT     NOT NULL,
    person_id BIGINT     NOT NULL,
    level     VARCHAR(8) NOT NULL,
    set_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, person_id),
    CONSTRAINT fk_wi_override_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT fk_wi_override_person FOREIGN KEY (person_id) REFERENCES wi_person (id) ON DELETE CASCADE,
    CONSTRAINT ck_wi_override_level CHECK (level IN ('CLOSE', 'BARELY'))
);

-- Company names an admin says are one company ("P&G" = "Procter & Gamble").
CREATE TABLE wi_company_alias (
    alias_key    VARCHAR(150) PRIMARY KEY,
    alias_name   VARCHAR(200) NOT NULL,
    company_key  VARCHAR(150) NOT NULL,
    company_name VARCHAR(200) NOT NULL,
    created_at   DATETIME(6)  NOT NULL
);

-- A spelling an admin took out of a wrong merge ("Apex Ltd" is not "Apex Inc"): it gets a key of
-- its own. name_lower is the spelling as written, lower case and trimmed.
CREATE TABLE wi_company_split (
    name_lower  VARCHAR(200) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    company_key VARCHAR(150) NOT NULL,
    created_at  DATETIME(6)  NOT NULL
);

-- A rep asks a teammate for an introduction to a prospect, directly (the teammate knows the
-- prospect) or through a colleague of the prospect whom the teammate knows. No names are copied
-- here: erasing the person (GDPR) leaves the request with no one named in it.
CREATE TABLE wi_intro_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id         BIGINT        NOT NULL,
    prospect_id     BIGINT,
    requester_id    BIGINT        NOT NULL,
    introducer_id   BIGINT        NOT NULL,
    -- TRUE: the introducer knows the prospect; FALSE: through via_person_id, a colleague of theirs.
    direct          BOOLEAN       NOT NULL,
    via_person_id   BIGINT,
    note            VARCHAR(1000) NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    outcome         VARCHAR(10),
    answer          VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    answered_at     DATETIME(6),
    outcome_at      DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_wi_intro_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_wi_intro_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE SET NULL,
    CONSTRAINT fk_wi_intro_requester FOREIGN KEY (requester_id) REFERENCES account (id),
    CONSTRAINT fk_wi_intro_introducer FOREIGN KEY (introducer_id) REFERENCES account (id),
    CONSTRAINT fk_wi_intro_via FOREIGN KEY (via_person_id) REFERENCES wi_person (id) ON DELETE SET NULL,
    CONSTRAINT ck_wi_intro_status CHECK (status IN ('ASKED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    CONSTRAINT ck_wi_intro_outcome CHECK (outcome IS NULL OR outcome IN ('INTRODUCED', 'CONNECTED', 'NO_REPLY'))
);
CREATE INDEX ix_wi_intro_introducer ON wi_intro_request (introducer_id, status, created_at);
CREATE INDEX ix_wi_intro_requester ON wi_intro_request (requester_id, created_at);
CREATE INDEX ix_wi_intro_team ON wi_intro_request (team_id, introducer_id);
