-- The business calendar (CMP-8, WFM-6): days that differ from the ordinary working week. An off day is a public
-- holiday (statutory) or a company holiday; a working day on a weekend is a make-up working day 调休.
CREATE TABLE calendar_day (
    day_date DATE NOT NULL PRIMARY KEY,
    off_day BOOLEAN NOT NULL,
    statutory BOOLEAN NOT NULL DEFAULT FALSE,
    name VARCHAR(50) NOT NULL,
    source VARCHAR(10) NOT NULL,
    updated_by VARCHAR(100),
    updated_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT calendar_day_statutory_is_off CHECK (off_day OR NOT statutory),
    -- A CASE, not "source IN ('DEFAULT', 'EDITED')" (nor ORed equalities, which H2 turns into an IN): H2 2.4 keeps
    -- the session that created an IN check, and refuses every insert once the pool has closed that connection.
    CONSTRAINT calendar_day_source CHECK (CASE WHEN source = 'DEFAULT' THEN TRUE WHEN source = 'EDITED' THEN TRUE
        ELSE FALSE END)
);

-- The years whose bundled default days have been loaded once; a year listed here is never loaded again, so days
-- the administrator removed or changed stay as edited. The primary key lets only one node load a year.
CREATE TABLE calendar_default_year (
    calendar_year INT NOT NULL PRIMARY KEY,
    day_count INT NOT NULL,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The organisation's working week (ISO day numbers, 1 = Monday) and working time of day ("09:00-12:00,13:30-18:00").
CREATE TABLE working_time (
    id BIGINT NOT NULL PRIMARY KEY,
    working_days VARCHAR(20) NOT NULL,
    periods VARCHAR(100) NOT NULL,
    updated_by VARCHAR(100),
    updated_at TIMESTAMP WITH TIME ZONE,
    version BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT working_time_single_row CHECK (id = 1)
);
INSERT INTO working_time (id, working_days, periods, version) VALUES (1, '1,2,3,4,5', '09:00-12:00,13:30-18:00', 0);
