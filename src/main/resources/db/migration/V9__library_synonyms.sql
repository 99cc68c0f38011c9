-- Synonym rules staff add to the library's search (Solr format: "a, b, c" or "a => b"), on top of the lists
-- shipped in resources/library. They apply to queries only: the next search uses them, no reindexing.
CREATE TABLE library_synonym (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule_text  VARCHAR(500) NOT NULL,
    created_by BIGINT NULL,
    created_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
