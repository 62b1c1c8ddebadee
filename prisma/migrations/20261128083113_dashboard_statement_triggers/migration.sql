-- The dashboard's summaries kept per statement instead of per row. Written by hand (Prisma cannot declare triggers).
-- Row triggers upserted the same summary row once per proposal: a statement writing ten thousand proposals of one
-- session (an import) updated one row ten thousand times in one transaction, each update slower than the last
-- (37 s for 10,000 rows). A statement trigger sees all the statement's rows at once (transition tables), adds
-- them up per summary row and writes each summary row once, in key order (so concurrent writers lock in the same
-- order). Why summaries at all: docs/decisions/006-dashboard-summary-tables.md.

DROP TRIGGER IF EXISTS proposal_dashboard_insert_delete ON "Proposal";
DROP TRIGGER IF EXISTS proposal_dashboard_update ON "Proposal";
DROP FUNCTION IF EXISTS portal_proposal_dashboard();
DROP FUNCTION IF EXISTS portal_dashboard_apply("Proposal", integer);

CREATE OR REPLACE FUNCTION portal_proposal_dashboard() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
DECLARE
  changes text;
  facts text;
BEGIN
  -- +1 for each row as it is now, -1 for each row as it was: what changed nets out, what did not cancels.
  IF TG_OP = 'INSERT' THEN
    changes := 'SELECT 1 AS sign, n.* FROM new_rows n';
  ELSIF TG_OP = 'DELETE' THEN
    changes := 'SELECT -1 AS sign, o.* FROM old_rows o';
  ELSE
    changes := 'SELECT 1 AS sign, n.* FROM new_rows n UNION ALL SELECT -1 AS sign, o.* FROM old_rows o';
  END IF;
  -- The same derivation as portal_rebuild_dashboard(); the status groups are those of lib/workflow.
  facts := format($sql$
    SELECT c.sign, c."sessionId" AS session_id, COALESCE(c."fieldId", 0) AS field_id,
      COALESCE(c."leadAgencyId", 0) AS agency_id,
      COALESCE((SELECT MIN(m."newUnitId") FROM "UnitMapping" m WHERE m."oldUnitId" = c."unitId"), c."unitId") AS unit_id,
      COALESCE(u."parentId", 0) AS district_id,
      COALESCE(to_char(c."submittedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), '') AS submit_month,
      CASE WHEN c.status IN ('SENT', 'ACKNOWLEDGED', 'FOLLOW_UP', 'CLOSED')
        THEN COALESCE(to_char(c."sentAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), '') ELSE '' END AS sent_month,
      (c.status IN ('SENT', 'ACKNOWLEDGED', 'FOLLOW_UP', 'CLOSED'))::int AS answered,
      (c.status IN ('ASSIGNED', 'IN_PROGRESS', 'IN_REVIEW'))::int AS running,
      (c."answerDueOn" IS NOT NULL AND c."approvedAt" IS NOT NULL)::int AS approved,
      COALESCE((c."answerDueOn" IS NOT NULL
        AND (c."approvedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= c."answerDueOn")::int, 0) AS on_time,
      (c.rating IS NOT NULL)::int AS rated,
      COALESCE((c.rating = 'SATISFIED')::int, 0) AS satisfied,
      COALESCE((c.rating = 'PARTLY_SATISFIED')::int, 0) AS partly,
      COALESCE((c.rating = 'NOT_SATISFIED')::int, 0) AS not_satisfied,
      c."answerWorkingDays" AS days
    FROM (%s) c
    JOIN "AdministrativeUnit" u ON u.id = c."unitId"
    WHERE c.status <> 'DRAFT'
  $sql$, changes);

  EXECUTE format($sql$
    WITH facts AS (%s), delta AS (
      SELECT session_id, field_id, agency_id, submit_month, sent_month, SUM(sign) AS total,
        SUM(sign * answered) AS answered, SUM(sign * running) AS open, SUM(sign * approved) AS approved,
        SUM(sign * on_time) AS on_time, SUM(sign * rated) AS rated, SUM(sign * satisfied) AS satisfied,
        SUM(sign * partly) AS partly, SUM(sign * not_satisfied) AS not_satisfied
      FROM facts GROUP BY 1, 2, 3, 4, 5
    )
    INSERT INTO "DashboardCube" AS d ("sessionId", "fieldId", "agencyId", "submitMonth", "sentMonth",
      total, answered, open, approved, "onTime", rated, satisfied, partly, "notSatisfied")
    SELECT * FROM delta
    WHERE (total, answered, open, approved, on_time, rated, satisfied, partly, not_satisfied)
      IS DISTINCT FROM (0, 0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("sessionId", "fieldId", "agencyId", "submitMonth", "sentMonth") DO UPDATE SET
      total = d.total + EXCLUDED.total, answered = d.answered + EXCLUDED.answered, open = d.open + EXCLUDED.open,
      approved = d.approved + EXCLUDED.approved, "onTime" = d."onTime" + EXCLUDED."onTime",
      rated = d.rated + EXCLUDED.rated, satisfied = d.satisfied + EXCLUDED.satisfied,
      partly = d.partly + EXCLUDED.partly, "notSatisfied" = d."notSatisfied" + EXCLUDED."notSatisfied"
  $sql$, facts);

  EXECUTE format($sql$
    WITH facts AS (%s), delta AS (
      SELECT session_id, field_id, agency_id, unit_id, district_id, submit_month, SUM(sign) AS total,
        SUM(sign * answered) AS answered, SUM(sign * running) AS open, SUM(sign * approved) AS approved,
        SUM(sign * on_time) AS on_time, SUM(sign * rated) AS rated, SUM(sign * satisfied) AS satisfied,
        SUM(sign * partly) AS partly, SUM(sign * not_satisfied) AS not_satisfied
      FROM facts GROUP BY 1, 2, 3, 4, 5, 6
    )
    INSERT INTO "DashboardUnitCube" AS d ("sessionId", "fieldId", "agencyId", "unitId", "districtId", "submitMonth",
      total, answered, open, approved, "onTime", rated, satisfied, partly, "notSatisfied")
    SELECT * FROM delta
    WHERE (total, answered, open, approved, on_time, rated, satisfied, partly, not_satisfied)
      IS DISTINCT FROM (0, 0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ("sessionId", "fieldId", "agencyId", "unitId", "districtId", "submitMonth") DO UPDATE SET
      total = d.total + EXCLUDED.total, answered = d.answered + EXCLUDED.answered, open = d.open + EXCLUDED.open,
      approved = d.approved + EXCLUDED.approved, "onTime" = d."onTime" + EXCLUDED."onTime",
      rated = d.rated + EXCLUDED.rated, satisfied = d.satisfied + EXCLUDED.satisfied,
      partly = d.partly + EXCLUDED.partly, "notSatisfied" = d."notSatisfied" + EXCLUDED."notSatisfied"
  $sql$, facts);

  EXECUTE format($sql$
    WITH facts AS (%s), delta AS (
      SELECT session_id, field_id, agency_id, submit_month, days, SUM(sign) AS count
      FROM facts WHERE days IS NOT NULL GROUP BY 1, 2, 3, 4, 5
    )
    INSERT INTO "DashboardDays" AS d ("sessionId", "fieldId", "agencyId", "submitMonth", days, count)
    SELECT * FROM delta WHERE count <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT ("sessionId", "fieldId", "agencyId", "submitMonth", days) DO UPDATE SET count = d.count + EXCLUDED.count
  $sql$, facts);
  RETURN NULL;
END $fn$;

CREATE TRIGGER proposal_dashboard_insert AFTER INSERT ON "Proposal"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_proposal_dashboard();
CREATE TRIGGER proposal_dashboard_update AFTER UPDATE ON "Proposal"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_proposal_dashboard();
CREATE TRIGGER proposal_dashboard_delete AFTER DELETE ON "Proposal"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION portal_proposal_dashboard();
