-- Warehouse tables (shared/spec/output-contract.md) and the manifest of the current load. Run at every start
-- (IF NOT EXISTS); the Spring Batch tables live in the same database. YEAR and VALUE are reserved words in H2:
-- the JDBC URL sets NON_KEYWORDS=YEAR,VALUE (add it to your URL when you query the file yourself).
--
-- Keys: a report row is one version of one file, (source_file, source_sha256, parser_version), with a surrogate
-- load_key. Facts and findings are keyed load_key * 10000 + their position in the report, so a report's rows are
-- one range of the primary key: deleted and re-inserted in one step, read back in order without a sort, and no
-- secondary index slows the inserts down.

-- CACHE: H2 writes a sequence's state to disk (a commit of its own) each time the cached values run out; with the
-- default of 32 that was one extra disk write per 32 reports. A crash loses at most the unused cached values (gaps).
-- The ALTER gives warehouses created before this setting the same cache.
CREATE SEQUENCE IF NOT EXISTS load_keys CACHE 1000;
ALTER SEQUENCE load_keys CACHE 1000;

CREATE TABLE IF NOT EXISTS reports (
    load_key          BIGINT PRIMARY KEY,
    report_id         VARCHAR NOT NULL,   -- first 16 hex of source_sha256 (empty for files never opened)
    source_file       VARCHAR NOT NULL,   -- relative to the inbox, '/'-separated
    source_sha256     VARCHAR NOT NULL,
    bytes             BIGINT NOT NULL,
    format            VARCHAR NOT NULL,
    agency            VARCHAR NOT NULL,
    agency_raw        VARCHAR NOT NULL,
    admin_level       VARCHAR NOT NULL,
    year              INT,
    template          VARCHAR NOT NULL,
    template_expected VARCHAR NOT NULL,
    status            VARCHAR NOT NULL,   -- LOADED QUARANTINED SUPERSEDED DUPLICATE
    reason            VARCHAR NOT NULL,
    cells_expected    INT,
    cells_reported    INT,
    cells_blank       INT,
    errors            INT,
    warnings          INT,
    parser_version    VARCHAR NOT NULL,
    loaded_at         TIMESTAMP NOT NULL, -- UTC
    job_execution_id  BIGINT NOT NULL,
    -- not published:
    quarantine_code   VARCHAR NOT NULL,   -- stable code of a quarantine (TOO_LARGE, EMPTY, ...), empty otherwise
    publication_date  VARCHAR NOT NULL,   -- yyyy-MM-dd from the signature; decides between duplicates
    changed_by        BIGINT NOT NULL,    -- job execution that last changed the row; tells publish what is new
    CONSTRAINT reports_file_version UNIQUE (source_file, source_sha256, parser_version)
);
CREATE INDEX IF NOT EXISTS reports_by_agency_year ON reports (agency, year);

CREATE TABLE IF NOT EXISTS facts (
    fact_id      BIGINT PRIMARY KEY,      -- load_key * 10000 + position of the cell in the report
    report_id    VARCHAR NOT NULL,
    agency       VARCHAR NOT NULL,
    year         INT NOT NULL,
    template     VARCHAR NOT NULL,
    table_code   VARCHAR NOT NULL,
    category     VARCHAR NOT NULL,
    block_code   VARCHAR NOT NULL,
    row_code     VARCHAR NOT NULL,
    col_code     VARCHAR NOT NULL,
    row_label    VARCHAR NOT NULL,
    col_label    VARCHAR NOT NULL,
    value        NUMERIC(38, 6),          -- null unless status is REPORTED or DERIVED
    value_raw    VARCHAR NOT NULL,
    unit         VARCHAR NOT NULL,
    status       VARCHAR NOT NULL,
    source_file  VARCHAR NOT NULL,
    source_line  INT NOT NULL
);

CREATE TABLE IF NOT EXISTS findings (
    finding_id   BIGINT PRIMARY KEY,      -- load_key * 10000 + position of the finding in the report's list
    report_id    VARCHAR NOT NULL,
    rule         VARCHAR NOT NULL,
    severity     VARCHAR NOT NULL,
    table_code   VARCHAR NOT NULL,
    scope        VARCHAR NOT NULL,
    expected     VARCHAR NOT NULL,
    actual       VARCHAR NOT NULL,
    message      VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS manifest (
    job_instance_id BIGINT NOT NULL,
    file_no         INT NOT NULL,
    source_file     VARCHAR NOT NULL,
    sha256          VARCHAR NOT NULL,
    bytes           BIGINT NOT NULL,
    action          VARCHAR NOT NULL,     -- PROCESS UNCHANGED REFUSED
    refusal_code    VARCHAR NOT NULL,
    refusal_reason  VARCHAR NOT NULL,
    partition_no    INT NOT NULL,
    PRIMARY KEY (job_instance_id, file_no)
);

-- What the files under csv/ and parquet/ were last published from.
CREATE TABLE IF NOT EXISTS publication (
    id              INT PRIMARY KEY,
    changed_through BIGINT NOT NULL,      -- the highest reports.changed_by included
    outputs         VARCHAR NOT NULL      -- formats published, e.g. CSV,PARQUET
);

-- Quarantined files an operator asked to be read again (xxgk requeue); see io.xxgk.warehouse.Requeues.
CREATE SEQUENCE IF NOT EXISTS requeue_ids;
CREATE TABLE IF NOT EXISTS requeue (
    source_file     VARCHAR PRIMARY KEY,
    request_id      BIGINT NOT NULL,      -- from requeue_ids; the highest pending one identifies the next load
    requested_at    TIMESTAMP NOT NULL
);
