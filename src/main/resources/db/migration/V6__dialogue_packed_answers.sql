-- A submitted response keeps what was chosen, valued or ranked on its own row, as one JSON array of
-- [question_key, option_key, seq, number_value] in the order answered ("answers"): one row to write per response
-- instead of one per chosen option (the rows were most of MariaDB's work when many residents answer at once), and
-- results filtered by group or language read the matching responses' arrays instead of joining their answer rows.
-- dialogue_answer keeps the free texts (text answers and "other, please specify"), which are moderated, searched
-- and tagged one by one; each is in the array as well, without its text.
ALTER TABLE dialogue_response ADD COLUMN answers MEDIUMTEXT NULL AFTER home_lang;

UPDATE dialogue_response r
    JOIN (SELECT response_id,
                 JSON_ARRAYAGG(JSON_ARRAY(question_key, option_key, seq, number_value) ORDER BY id) AS packed
          FROM dialogue_answer GROUP BY response_id) a ON a.response_id = r.id
SET r.answers = a.packed;

DELETE FROM dialogue_answer WHERE text_value IS NULL;

-- The number of submitted responses of each dialogue, kept with the running totals (question and option '') so
-- that the results page does not count the responses.
INSERT INTO dialogue_tally (dialogue_id, question_key, option_key, shard, answers, respondents)
SELECT dialogue_id, '', '', 0, COUNT(*), COUNT(*) FROM dialogue_response WHERE state = 'SUBMITTED'
GROUP BY dialogue_id;

-- Contact details (only in dialogues that are not anonymous, only if the resident gave them, for feedback) move
-- to their own table: counted and erased without reading every response, and kept apart from the answers.
CREATE TABLE dialogue_contact (
    response_id BIGINT       NOT NULL PRIMARY KEY,
    dialogue_id BIGINT       NOT NULL,
    name        VARCHAR(200) NULL,
    email       VARCHAR(254) NULL,
    INDEX ix_dialogue_contact (dialogue_id),
    CONSTRAINT fk_dialogue_contact FOREIGN KEY (response_id) REFERENCES dialogue_response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO dialogue_contact (response_id, dialogue_id, name, email)
SELECT id, dialogue_id, contact_name, contact_email FROM dialogue_response
WHERE contact_name IS NOT NULL OR contact_email IS NOT NULL;

ALTER TABLE dialogue_response DROP COLUMN contact_name, DROP COLUMN contact_email;

-- Answer rows are no longer counted through a join: the export finds a response's free texts by response alone.
ALTER TABLE dialogue_answer DROP INDEX ix_dialogue_answer_response, ADD INDEX ix_dialogue_answer_response (response_id);
