-- CCHC Dashboard schema, version 8: whose tasks a plan follows. A national store holds the provinces' plan and the
-- ministries' plan of the same year side by side, each with its own headline; a province's store holds its own.
-- scope stays (PROVINCE or NATIONAL: whose plan it is); kind refines it, and the check below keeps the two in step.
-- A new column rather than new scope values: scope's check in V1 has no name of its own (H2 and PostgreSQL each
-- make one up), so it could not be widened in one portable script.
ALTER TABLE plan ADD COLUMN kind VARCHAR(20) DEFAULT 'LOCAL' NOT NULL;

-- A national plan written before kinds existed followed the provinces, unless every task of it is led by a ministry
-- or a central agency: then it was the ministries' plan. Nothing else changes.
UPDATE plan SET kind = 'PROVINCES' WHERE scope = 'NATIONAL';
UPDATE plan SET kind = 'MINISTRIES'
 WHERE scope = 'NATIONAL'
   AND EXISTS (SELECT 1 FROM task t WHERE t.plan_id = plan.id)
   AND NOT EXISTS (SELECT 1 FROM task t JOIN org_unit u ON u.id = t.lead_unit_id
                    WHERE t.plan_id = plan.id AND u.kind NOT IN ('MINISTRY', 'CENTRAL_AGENCY'));

ALTER TABLE plan ADD CONSTRAINT plan_kind_in_scope
    CHECK ((scope = 'PROVINCE' AND kind = 'LOCAL') OR (scope = 'NATIONAL' AND kind IN ('PROVINCES', 'MINISTRIES')));
