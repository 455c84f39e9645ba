-- A week of 1,000 invitations for each demo rep (accounts 4-9 of the demo organisation, teams 1
-- and 2), spread over the last 6 days and nearly all still pending: the heavy week of the README's
-- "live heap per open UI" figures. For headroom_load only, after deploy/load/benchmark.sh built it:
--   mariadb -h 127.0.0.1 -u root headroom_load < deploy/load/week-of-invitations.sql
-- The last line marks every member's digests stale, so the app rebuilds them from the ledger. A second
-- run fails on the ledger's unique key and adds nothing.
INSERT INTO outreach_entry (team_id, member_id, prospect_id, type, occurred_at, logged_at, logged_by, idempotency_key)
SELECT t.team_id, t.member_id, p.id, 'INVITATION_SENT', s.ts, s.ts, t.member_id, CONCAT('bulk-', t.member_id, '-', s.seq)
FROM (SELECT 4 member_id, 1 team_id UNION ALL SELECT 5,1 UNION ALL SELECT 6,1 UNION ALL SELECT 7,2 UNION ALL SELECT 8,2 UNION ALL SELECT 9,2) t
CROSS JOIN (SELECT seq, UTC_TIMESTAMP(6) - INTERVAL (seq * 497) SECOND ts FROM seq_1_to_1000) s
JOIN (SELECT id, team_id, ROW_NUMBER() OVER (PARTITION BY team_id ORDER BY id) rn FROM prospect WHERE team_id IN (1, 2)) p
  ON p.team_id = t.team_id AND p.rn = (s.seq % 400) + 1;
UPDATE outreach_account SET writes = writes + 1;
