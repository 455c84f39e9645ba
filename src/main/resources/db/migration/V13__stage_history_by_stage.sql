-- Results over time count prospects that reached a meeting, an opportunity or a win in a period:
-- the stage changes to those stages, found by stage and time rather than by reading every prospect.
CREATE INDEX ix_prospect_history_stage ON prospect_history (kind, to_value, occurred_at);
