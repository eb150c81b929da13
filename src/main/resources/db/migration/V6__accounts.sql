-- CCHC Dashboard schema, version 6: accounts on the shared server, and the login behind every audited change.
-- Each account is a real PostgreSQL login of the same name; this table says who the person is, what role the
-- office gave them and, for a unit's account, which unit's tasks and figures it may write. The server's
-- row-level security policies read it (ServerAccess): the rules hold even from psql. Passwords stay with
-- PostgreSQL. On the embedded database the table stays empty.
CREATE TABLE app_account (
    login      VARCHAR(63)  NOT NULL PRIMARY KEY,
    full_name  VARCHAR(200) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    unit_id    BIGINT REFERENCES org_unit (id),
    disabled   BOOLEAN      DEFAULT FALSE NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    created_by VARCHAR(63)  NOT NULL,
    CHECK (role IN ('LEADER', 'OFFICE', 'UNIT', 'ADMIN')),
    CHECK ((role = 'UNIT' AND unit_id IS NOT NULL) OR (role <> 'UNIT' AND unit_id IS NULL))
);

-- The login that made the change: the authenticated server login (session_user), or on the embedded database
-- the operating-system account. user_name keeps the person's name as it was then. Older entries have none.
ALTER TABLE audit_entry ADD COLUMN login_name VARCHAR(63);
