-- Reminders in the relevance assessment (issue 19): the last time an analyst reminded a unit that has not handed
-- in, and who did. There is no mail sender yet, so the reminder is this record, shown to the unit's contact.
ALTER TABLE relevance_round_unit
    ADD COLUMN reminded_at         DATETIME(3) NULL,
    ADD COLUMN reminded_by_account BIGINT      NULL,
    ADD CONSTRAINT fk_relevance_round_unit_reminded_by FOREIGN KEY (reminded_by_account) REFERENCES account (id)
        ON DELETE SET NULL;
