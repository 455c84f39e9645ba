-- The rest of the playbook: whom a team targets, how many days of engagement warm a prospect up,
-- and the keep-in-touch list (what a member put off or caught up on outside Headroom's ledger).

-- Target regions and industries, one term per line, matched by normalised words; the share of a
-- week's invitations outside them above which the account turns amber; warm-up days (0 = off).
ALTER TABLE team_policy ADD COLUMN target_regions VARCHAR(4000) NOT NULL DEFAULT '';
ALTER TABLE team_policy ADD COLUMN target_industries VARCHAR(4000) NOT NULL DEFAULT '';
ALTER TABLE team_policy ADD COLUMN target_spread_warn_percent INT NOT NULL DEFAULT 40;
ALTER TABLE team_policy ADD COLUMN warm_up_days INT NOT NULL DEFAULT 2;
ALTER TABLE team_policy ADD CONSTRAINT ck_team_policy_target_spread CHECK (target_spread_warn_percent BETWEEN 0 AND 100);
ALTER TABLE team_policy ADD CONSTRAINT ck_team_policy_warm_up CHECK (warm_up_days BETWEEN 0 AND 14);

-- After how many days without an exchange a member wants to hear about a relationship again.
CREATE TABLE keep_in_touch_setting (
    member_id  BIGINT NOT NULL PRIMARY KEY,
    after_days INT    NOT NULL,
    CONSTRAINT fk_keep_in_touch_setting_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT ck_keep_in_touch_setting_days CHECK (after_days BETWEEN 7 AND 365)
);

-- One person on a member's keep-in-touch list: "not now" until a date, or "we talked" (for a
-- close connection who is not a prospect, whose exchanges the ledger cannot hold). person_key is
-- the SHA-256 of the normalised profile address, or "prospect:<id>" for a prospect without one.
CREATE TABLE keep_in_touch_mark (
    member_id     BIGINT      NOT NULL,
    person_key    VARCHAR(80) NOT NULL,
    marked_at     DATETIME(6) NOT NULL,
    snoozed_until DATETIME(6),
    talked_at     DATETIME(6),
    PRIMARY KEY (member_id, person_key),
    CONSTRAINT fk_keep_in_touch_mark_member FOREIGN KEY (member_id) REFERENCES account (id),
    CONSTRAINT ck_keep_in_touch_mark_what CHECK (snoozed_until IS NOT NULL OR talked_at IS NOT NULL)
);
