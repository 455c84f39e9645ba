-- What several app nodes must agree on lives here, not in one JVM.

-- Every signed-in session, whichever node holds it: ending an account's sessions (deactivation,
-- a role change, a new password) marks them ended here, and each node checks its own sessions
-- against this table every few seconds. session_key is the SHA-256 of the session id: a copy of
-- the database holds no session a thief could use.
CREATE TABLE signed_in_session (
    session_key   CHAR(64)     NOT NULL PRIMARY KEY,
    account_email VARCHAR(320) NOT NULL,
    node_name     VARCHAR(100) NOT NULL,
    started_at    DATETIME(6)  NOT NULL,
    last_seen_at  DATETIME(6)  NOT NULL,
    user_agent    VARCHAR(500),
    ended_at      DATETIME(6)
);
CREATE INDEX ix_signed_in_session_account ON signed_in_session (account_email);
CREATE INDEX ix_signed_in_session_last_seen ON signed_in_session (last_seen_at);

-- Each run of a scheduled job, on whichever node took its ShedLock: when a job last ran, where,
-- and what it did. Kept 30 days.
CREATE TABLE scheduled_job_run (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    job_name      VARCHAR(64)  NOT NULL,
    node_name     VARCHAR(100) NOT NULL,
    started_at    DATETIME(6)  NOT NULL,
    finished_at   DATETIME(6),
    items_written INT          NOT NULL DEFAULT 0,
    failures      INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_scheduled_job_run_counts CHECK (items_written >= 0 AND failures >= 0)
);
CREATE INDEX ix_scheduled_job_run_job ON scheduled_job_run (job_name, started_at);
