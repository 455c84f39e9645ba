-- Sign-in throttling: one row per e-mail typed and per client address, shared by every app node.
-- The key is a SHA-256 of the e-mail (lower case) or of the address, so e-mails nobody has are
-- not kept in clear. A row is locked while a try is counted, so concurrent tries queue on it.
CREATE TABLE sign_in_throttle (
    key_hash         CHAR(64)     NOT NULL PRIMARY KEY,
    key_kind         VARCHAR(10)  NOT NULL,
    failures         INT          NOT NULL,
    last_failure_at  DATETIME(6)  NOT NULL,
    hour_started_at  DATETIME(6)  NOT NULL,
    hour_failures    INT          NOT NULL
);
-- The clean-up job deletes rows whose last failure is old.
CREATE INDEX ix_sign_in_throttle_last ON sign_in_throttle (last_failure_at);

-- The audit log also holds sign-ins, sign-outs and exports: where the request came from.
ALTER TABLE audit_entry ADD COLUMN client_address VARCHAR(64);
-- The audit view pages newest first within a kind or an account: read in index order, not sorted.
CREATE INDEX ix_audit_entry_kind_id ON audit_entry (subject_type, id);
CREATE INDEX ix_audit_entry_actor_id ON audit_entry (actor, id);
