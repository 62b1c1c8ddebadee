-- The dashboard's statement trigger (migration 20261128083113_dashboard_statement_triggers) returns at once when
-- the statement touched only drafts, which no summary counts: creating a draft and each autosave of one no longer
-- run (and plan) the three summary statements. The triggers themselves are unchanged.

CREATE OR REPLACE FUNCTION portal_proposal_dashboard() RETURNS trigger
    LANGUAGE plpgsql AS $fn$
DECLARE
  changes text;
  facts text;
BEGIN
  -- Drafts are in no summary: a statement that only creates, saves or deletes drafts (every autosave) has
  -- nothing to add, and skips the three summary statements below.
  IF TG_OP = 'INSERT' THEN
    PERFORM 1 FROM new_rows WHERE status <> 'DRAFT' LIMIT 1;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM 1 FROM old_rows WHERE status <> 'DRAFT' LIMIT 1;
  ELSE
    PERFORM 1 FROM (SELECT status FROM new_rows UNION ALL SELECT status FROM old_rows) r
      WHERE status <> 'DRAFT' LIMIT 1;
  END IF;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
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
