-- A manager approves going past the limits the rep was shown, and only those: an approval for the
-- weekly budget does not also cover a burst or a cooldown that comes later.
ALTER TABLE limit_override ADD COLUMN limits VARCHAR(200);
