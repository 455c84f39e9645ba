-- Content planning: the team's topics, content items with their review trail, performance
-- snapshots after publishing, inbound connection requests a post brought, cadence rules, and
-- whether the team's managers review items before they are scheduled.

CREATE TABLE content_settings (
    team_id        BIGINT  NOT NULL PRIMARY KEY,
    require_review BOOLEAN NOT NULL DEFAULT FALSE,
    version        BIGINT  NOT NULL DEFAULT 0,
    CONSTRAINT fk_content_settings_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE TABLE content_topic (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id  BIGINT      NOT NULL,
    name     VARCHAR(60) NOT NULL,
    name_key VARCHAR(60) NOT NULL,
    archived BOOLEAN     NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_content_topic UNIQUE (team_id, name_key),
    CONSTRAINT fk_content_topic_team FOREIGN KEY (team_id) REFERENCES team (id)
);

CREATE TABLE content_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id        BIGINT        NOT NULL,
    author_id      BIGINT        NOT NULL,
    type           VARCHAR(24)   NOT NULL,
    topic_id       BIGINT,
    status         VARCHAR(16)   NOT NULL,
    planned_at     DATETIME(6),
    title          VARCHAR(200)  NOT NULL,
    -- Articles and newsletter editions run to about 110,000 characters.
    body           MEDIUMTEXT,
    hashtags       VARCHAR(600),
    published_url  VARCHAR(500),
    published_at   DATETIME(6),
    review_comment VARCHAR(1000),
    reviewed_by    BIGINT,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_content_item_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT fk_content_item_author FOREIGN KEY (author_id) REFERENCES account (id),
    CONSTRAINT fk_content_item_topic FOREIGN KEY (topic_id) REFERENCES content_topic (id),
    CONSTRAINT fk_content_item_reviewer FOREIGN KEY (reviewed_by) REFERENCES account (id),
    CONSTRAINT ck_content_item_type CHECK (type IN ('INDUSTRY_INSIGHT', 'EDUCATIONAL', 'PERSONAL_STORY',
        'QUESTION', 'VISUAL', 'ARTICLE', 'NEWSLETTER', 'EVENT', 'LIVE_VIDEO')),
    CONSTRAINT ck_content_item_status CHECK (status IN ('IDEA', 'DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED',
        'ARCHIVED'))
);
CREATE INDEX ix_content_item_calendar ON content_item (team_id, planned_at);
CREATE INDEX ix_content_item_author ON content_item (author_id, status);
CREATE INDEX ix_content_item_published ON content_item (team_id, published_at);

-- How a published item does, measured at several moments (day 1, day 7...): each snapshot holds
-- the totals LinkedIn showed then; the latest one counts.
CREATE TABLE content_snapshot (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id           BIGINT      NOT NULL,
    measured_at       DATETIME(6) NOT NULL,
    impressions       INT         NOT NULL,
    reactions         INT         NOT NULL,
    comments          INT         NOT NULL,
    reposts           INT         NOT NULL,
    followers_gained  INT         NOT NULL,
    profile_views     INT         NOT NULL,
    inbound_requests  INT         NOT NULL,
    logged_by         BIGINT      NOT NULL,
    CONSTRAINT fk_content_snapshot_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_snapshot_logger FOREIGN KEY (logged_by) REFERENCES account (id),
    CONSTRAINT ck_content_snapshot_counts CHECK (impressions >= 0 AND reactions >= 0 AND comments >= 0
        AND reposts >= 0 AND followers_gained >= 0 AND profile_views >= 0 AND inbound_requests >= 0)
);
CREATE INDEX ix_content_snapshot_item ON content_snapshot (item_id, measured_at);

-- One person who sent a connection request after a post, logged from the prospect.
CREATE TABLE content_inbound_request (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT      NOT NULL,
    prospect_id BIGINT,
    member_id   BIGINT      NOT NULL,
    received_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_content_inbound UNIQUE (item_id, prospect_id),
    CONSTRAINT fk_content_inbound_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_content_inbound_prospect FOREIGN KEY (prospect_id) REFERENCES prospect (id) ON DELETE SET NULL,
    CONSTRAINT fk_content_inbound_member FOREIGN KEY (member_id) REFERENCES account (id)
);
CREATE INDEX ix_content_inbound_prospect ON content_inbound_request (prospect_id);

-- A team's posting rhythm: "each member posts twice a week", "a newsletter every other Tuesday".
CREATE TABLE content_cadence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    team_id       BIGINT      NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    content_type  VARCHAR(24),
    per_week      INT,
    weekday       INT,
    every_weeks   INT,
    starts_on     DATE,
    CONSTRAINT fk_content_cadence_team FOREIGN KEY (team_id) REFERENCES team (id),
    CONSTRAINT ck_content_cadence_kind CHECK (kind IN ('PER_MEMBER_WEEKLY', 'RECURRING')),
    CONSTRAINT ck_content_cadence_rule CHECK ((kind = 'PER_MEMBER_WEEKLY' AND per_week BETWEEN 1 AND 14)
        OR (kind = 'RECURRING' AND weekday BETWEEN 1 AND 7 AND every_weeks BETWEEN 1 AND 8
            AND starts_on IS NOT NULL AND content_type IS NOT NULL))
);
CREATE INDEX ix_content_cadence_team ON content_cadence (team_id);
