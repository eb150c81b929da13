-- CCHC Dashboard schema, version 12: the province's own reform index of its units (Chỉ số CCHC của các sở, ban,
-- ngành và UBND cấp xã), year by year. The criteria set is data, one per year and group, as the decision issues it;
-- a unit's exemptions, its self-assessment with evidence, the council's appraisal and the unit's explanation are kept
-- per scored criterion; survey points arrive as scores of the survey's criteria. Decision 0029.

CREATE TABLE unit_index_criterion (
    index_year  INTEGER       NOT NULL,
    index_group VARCHAR(12)   NOT NULL,
    code        VARCHAR(20)   NOT NULL,
    parent_code VARCHAR(20),
    title       VARCHAR(2000) NOT NULL,
    max_points  DECIMAL(7, 2) NOT NULL,
    guidance    VARCHAR(4000) NOT NULL,
    sort_order  INTEGER       NOT NULL,
    PRIMARY KEY (index_year, index_group, code),
    CHECK (index_group IN ('DEPARTMENTS', 'COMMUNES', 'DISTRICTS')),
    CHECK (max_points >= 0),
    CHECK (index_year BETWEEN 1990 AND 2100)
);

-- A criterion that does not apply to a unit (a unit without administrative procedures skips the TTHC area): exempting
-- a line exempts everything under it, and the unit's maximum shrinks by as much.
CREATE TABLE unit_index_exemption (
    index_year INTEGER      NOT NULL,
    unit_id    BIGINT       NOT NULL REFERENCES org_unit (id),
    code       VARCHAR(20)  NOT NULL,
    reason     VARCHAR(500) NOT NULL,
    PRIMARY KEY (index_year, unit_id, code)
);

CREATE TABLE unit_index_score (
    index_year        INTEGER       NOT NULL,
    unit_id           BIGINT        NOT NULL REFERENCES org_unit (id),
    code              VARCHAR(20)   NOT NULL,
    self_score        DECIMAL(7, 2),
    evidence          VARCHAR(4000),
    explanation       VARCHAR(4000),
    appraised_score   DECIMAL(7, 2),
    appraisal_comment VARCHAR(4000),
    unit_reply        VARCHAR(4000),
    -- The returned form (or survey file) the score came from, when it came in a file.
    source_file       VARCHAR(500),
    PRIMARY KEY (index_year, unit_id, code),
    CHECK (self_score IS NULL OR self_score >= 0),
    CHECK (appraised_score IS NULL OR appraised_score >= 0)
);
