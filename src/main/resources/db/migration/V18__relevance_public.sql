-- A round's public summary (issue 19): what the organisation prioritises and why, for residents, once published.
ALTER TABLE relevance_round ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;
