-- Team overview's account conflicts: who worked which company lately, read from this index alone
-- (a range of the team's last activity), instead of scanning the team's prospects twice.
CREATE INDEX ix_prospect_recent_work ON prospect (team_id, last_activity_at, company_key, owner_id, stage);
