-- Where a prospect came from beside a hand entry or a CSV file: an event, a LinkedIn group, a
-- webinar or a Live, with its name and day, so results can say which of them pay.
ALTER TABLE prospect DROP CONSTRAINT ck_prospect_source;
ALTER TABLE prospect ADD CONSTRAINT ck_prospect_source CHECK (source IN ('MANUAL', 'CSV_IMPORT', 'EVENT',
    'LINKEDIN_GROUP', 'WEBINAR', 'LIVE'));
ALTER TABLE prospect ADD COLUMN source_name VARCHAR(200);
ALTER TABLE prospect ADD COLUMN source_date DATE;
CREATE INDEX ix_prospect_source ON prospect (team_id, source, source_name);

-- What an opportunity is worth, in which currency, and the month it should close; kept when it
-- is won or lost. A value always has its currency: sums never add euros to dollars.
ALTER TABLE prospect ADD COLUMN deal_value DECIMAL(15, 2);
ALTER TABLE prospect ADD COLUMN deal_currency VARCHAR(3);
ALTER TABLE prospect ADD COLUMN deal_close_month DATE;
ALTER TABLE prospect ADD CONSTRAINT ck_prospect_deal CHECK (deal_value IS NULL
    OR (deal_value > 0 AND deal_value <= 1000000000 AND deal_currency IS NOT NULL));

-- The currency a team's opportunities are valued in unless a rep says otherwise (ISO 4217).
ALTER TABLE team ADD COLUMN default_currency VARCHAR(3) NOT NULL DEFAULT 'EUR';
ALTER TABLE team ADD CONSTRAINT ck_team_default_currency CHECK (CHAR_LENGTH(default_currency) = 3);
