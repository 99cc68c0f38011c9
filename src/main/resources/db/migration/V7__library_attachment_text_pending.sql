-- A PDF's text is extracted after the upload is acknowledged, off the request path; until then the attachment is
-- marked pending, so that an extraction cut short by a restart is done again at the next start.
ALTER TABLE library_attachment ADD COLUMN text_pending BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_library_attachment_pending ON library_attachment (text_pending);
