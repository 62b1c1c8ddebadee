-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "answerWorkingDays" INTEGER;

-- CreateTable
CREATE TABLE "DashboardCube" (
    "sessionId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "submitMonth" VARCHAR(7) NOT NULL,
    "sentMonth" VARCHAR(7) NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "open" INTEGER NOT NULL DEFAULT 0,
    "approved" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "partly" INTEGER NOT NULL DEFAULT 0,
    "notSatisfied" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardCube_pkey" PRIMARY KEY ("sessionId","fieldId","agencyId","submitMonth","sentMonth")
);

-- CreateTable
CREATE TABLE "DashboardUnitCube" (
    "sessionId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "districtId" INTEGER NOT NULL,
    "submitMonth" VARCHAR(7) NOT NULL,
    "total" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "open" INTEGER NOT NULL DEFAULT 0,
    "approved" INTEGER NOT NULL DEFAULT 0,
    "onTime" INTEGER NOT NULL DEFAULT 0,
    "rated" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "partly" INTEGER NOT NULL DEFAULT 0,
    "notSatisfied" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardUnitCube_pkey" PRIMARY KEY ("sessionId","fieldId","agencyId","unitId","districtId","submitMonth")
);

-- CreateTable
CREATE TABLE "DashboardDays" (
    "sessionId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "agencyId" INTEGER NOT NULL,
    "submitMonth" VARCHAR(7) NOT NULL,
    "days" INTEGER NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DashboardDays_pkey" PRIMARY KEY ("sessionId","fieldId","agencyId","submitMonth","days")
);

-- ───────────── Written by hand: functions and triggers that keep the dashboard's summaries current ─────────────
-- The status groups below are those of lib/workflow/proposal-status.ts (ANSWERED_STATUSES,
-- DEADLINE_RUNNING_STATUSES); tests/integration/dashboard-cube.test.ts checks the summaries against the raw rows.

-- Working days in (a, b]: Monday–Friday unless a HOLIDAY, a weekend day only when a WORKING_DAY (lib/calendar).
CREATE OR REPLACE FUNCTION portal_working_days(a date, b date) RETURNS integer
    LANGUAGE sql STABLE AS $$
  SELECT COUNT(*)::int
  FROM generate_series(a + 1, b, INTERVAL '1 day') AS g(d)
  LEFT JOIN "CalendarDay" c ON c.date = g.d::date
  WHERE CASE WHEN c.kind = 'HOLIDAY' THEN false WHEN c.kind = 'WORKING_DAY' THEN true
             ELSE EXTRACT(ISODOW FROM g.d) < 6 END
$$;

-- Proposal."answerWorkingDays": computed when the answer is approved, with the calendar as it stands then.
CREATE OR REPLACE FUNCTION portal_proposal_working_days() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."approvedAt" IS NULL OR NEW."assignedAt" IS NULL THEN
    NEW."answerWorkingDays" := NULL;
  ELSIF TG_OP = 'INSERT' OR NEW."answerWorkingDays" IS NULL
        OR NEW."approvedAt" IS DISTINCT FROM OLD."approvedAt"
        OR NEW."assignedAt" IS DISTINCT FROM OLD."assignedAt" THEN
    NEW."answerWorkingDays" := portal_working_days(
      (NEW."assignedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
      (NEW."approvedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date);
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER proposal_working_days BEFORE INSERT OR UPDATE ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION portal_proposal_working_days();

-- Adds (sign = 1) or removes (sign = -1) one proposal's contribution to the summaries. Drafts count nowhere.
CREATE OR REPLACE FUNCTION portal_dashboard_apply(p "Proposal", sign integer) RETURNS void
    LANGUAGE plpgsql AS $$
DECLARE
  unit_id integer;
  district_id integer;
  submit_month varchar(7);
  sent_month varchar(7);
  answered boolean;
  running boolean;
  approved_day date;
BEGIN
  IF p.status = 'DRAFT' THEN RETURN; END IF;
  SELECT COALESCE((SELECT MIN(m."newUnitId") FROM "UnitMapping" m WHERE m."oldUnitId" = p."unitId"), p."unitId")
    INTO unit_id;
  SELECT COALESCE(u."parentId", 0) INTO district_id FROM "AdministrativeUnit" u WHERE u.id = p."unitId";
  submit_month := COALESCE(to_char(p."submittedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), '');
  answered := p.status IN ('SENT', 'ACKNOWLEDGED', 'FOLLOW_UP', 'CLOSED');
  running := p.status IN ('ASSIGNED', 'IN_PROGRESS', 'IN_REVIEW');
  sent_month := CASE WHEN answered
    THEN COALESCE(to_char(p."sentAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), '') ELSE '' END;
  approved_day := (p."approvedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;

  INSERT INTO "DashboardCube" AS c ("sessionId", "fieldId", "agencyId", "submitMonth", "sentMonth",
      total, answered, open, approved, "onTime", rated, satisfied, partly, "notSatisfied")
  VALUES (p."sessionId", COALESCE(p."fieldId", 0), COALESCE(p."leadAgencyId", 0), submit_month, sent_month,
      sign,
      CASE WHEN answered THEN sign ELSE 0 END,
      CASE WHEN running THEN sign ELSE 0 END,
      CASE WHEN p."answerDueOn" IS NOT NULL AND approved_day IS NOT NULL THEN sign ELSE 0 END,
      CASE WHEN p."answerDueOn" IS NOT NULL AND approved_day <= p."answerDueOn" THEN sign ELSE 0 END,
      CASE WHEN p.rating IS NOT NULL THEN sign ELSE 0 END,
      CASE WHEN p.rating = 'SATISFIED' THEN sign ELSE 0 END,
      CASE WHEN p.rating = 'PARTLY_SATISFIED' THEN sign ELSE 0 END,
      CASE WHEN p.rating = 'NOT_SATISFIED' THEN sign ELSE 0 END)
  ON CONFLICT ("sessionId", "fieldId", "agencyId", "submitMonth", "sentMonth")
  DO UPDATE SET total = c.total + EXCLUDED.total, answered = c.answered + EXCLUDED.answered,
    open = c.open + EXCLUDED.open, approved = c.approved + EXCLUDED.approved,
    "onTime" = c."onTime" + EXCLUDED."onTime", rated = c.rated + EXCLUDED.rated,
    satisfied = c.satisfied + EXCLUDED.satisfied, partly = c.partly + EXCLUDED.partly,
    "notSatisfied" = c."notSatisfied" + EXCLUDED."notSatisfied";

  INSERT INTO "DashboardUnitCube" AS c ("sessionId", "fieldId", "agencyId", "unitId", "districtId", "submitMonth",
      total, answered, open, approved, "onTime", rated, satisfied, partly, "notSatisfied")
  VALUES (p."sessionId", COALESCE(p."fieldId", 0), COALESCE(p."leadAgencyId", 0), unit_id,
      COALESCE(district_id, 0), submit_month,
      sign,
      CASE WHEN answered THEN sign ELSE 0 END,
      CASE WHEN running THEN sign ELSE 0 END,
      CASE WHEN p."answerDueOn" IS NOT NULL AND approved_day IS NOT NULL THEN sign ELSE 0 END,
      CASE WHEN p."answerDueOn" IS NOT NULL AND approved_day <= p."answerDueOn" THEN sign ELSE 0 END,
      CASE WHEN p.rating IS NOT NULL THEN sign ELSE 0 END,
      CASE WHEN p.rating = 'SATISFIED' THEN sign ELSE 0 END,
      CASE WHEN p.rating = 'PARTLY_SATISFIED' THEN sign ELSE 0 END,
      CASE WHEN p.rating = 'NOT_SATISFIED' THEN sign ELSE 0 END)
  ON CONFLICT ("sessionId", "fieldId", "agencyId", "unitId", "districtId", "submitMonth")
  DO UPDATE SET total = c.total + EXCLUDED.total, answered = c.answered + EXCLUDED.answered,
    open = c.open + EXCLUDED.open, approved = c.approved + EXCLUDED.approved,
    "onTime" = c."onTime" + EXCLUDED."onTime", rated = c.rated + EXCLUDED.rated,
    satisfied = c.satisfied + EXCLUDED.satisfied, partly = c.partly + EXCLUDED.partly,
    "notSatisfied" = c."notSatisfied" + EXCLUDED."notSatisfied";

  IF p."answerWorkingDays" IS NOT NULL THEN
    INSERT INTO "DashboardDays" AS d ("sessionId", "fieldId", "agencyId", "submitMonth", days, count)
    VALUES (p."sessionId", COALESCE(p."fieldId", 0), COALESCE(p."leadAgencyId", 0), submit_month,
      p."answerWorkingDays", sign)
    ON CONFLICT ("sessionId", "fieldId", "agencyId", "submitMonth", days)
    DO UPDATE SET count = d.count + EXCLUDED.count;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION portal_proposal_dashboard() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM portal_dashboard_apply(OLD, -1); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM portal_dashboard_apply(NEW, 1); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER proposal_dashboard_insert_delete AFTER INSERT OR DELETE ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION portal_proposal_dashboard();

-- Most updates (a draft saved, a version bumped, a note) change nothing the dashboard counts.
CREATE TRIGGER proposal_dashboard_update AFTER UPDATE ON "Proposal"
  FOR EACH ROW
  WHEN ((OLD.status, OLD.rating, OLD."sessionId", OLD."fieldId", OLD."leadAgencyId", OLD."unitId",
         OLD."submittedAt", OLD."sentAt", OLD."approvedAt", OLD."answerDueOn", OLD."answerWorkingDays")
        IS DISTINCT FROM
        (NEW.status, NEW.rating, NEW."sessionId", NEW."fieldId", NEW."leadAgencyId", NEW."unitId",
         NEW."submittedAt", NEW."sentAt", NEW."approvedAt", NEW."answerDueOn", NEW."answerWorkingDays"))
  EXECUTE FUNCTION portal_proposal_dashboard();

-- Recomputes both summaries from the proposals (after a bulk load with triggers disabled, a change to the unit
-- mapping, or to check them). Returns the number of summary rows written.
CREATE OR REPLACE FUNCTION portal_rebuild_dashboard() RETURNS integer
    LANGUAGE plpgsql AS $$
DECLARE
  written integer := 0;
  n integer;
BEGIN
  LOCK TABLE "DashboardCube", "DashboardUnitCube", "DashboardDays" IN EXCLUSIVE MODE;
  DELETE FROM "DashboardCube";
  DELETE FROM "DashboardUnitCube";
  DELETE FROM "DashboardDays";
  CREATE TEMP TABLE portal_dashboard_facts ON COMMIT DROP AS
  SELECT p."sessionId" AS session_id, COALESCE(p."fieldId", 0) AS field_id,
    COALESCE(p."leadAgencyId", 0) AS agency_id, COALESCE(r.current_id, p."unitId") AS unit_id,
    COALESCE(u."parentId", 0) AS district_id,
    COALESCE(to_char(p."submittedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), '') AS submit_month,
    CASE WHEN p.status IN ('SENT', 'ACKNOWLEDGED', 'FOLLOW_UP', 'CLOSED')
      THEN COALESCE(to_char(p."sentAt" AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM'), '') ELSE '' END AS sent_month,
    p.status IN ('SENT', 'ACKNOWLEDGED', 'FOLLOW_UP', 'CLOSED') AS answered,
    p.status IN ('ASSIGNED', 'IN_PROGRESS', 'IN_REVIEW') AS running,
    p."answerDueOn" AS due, (p."approvedAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS approved_day, p.rating,
    p."answerWorkingDays" AS days
  FROM "Proposal" p
  JOIN "AdministrativeUnit" u ON u.id = p."unitId"
  LEFT JOIN (SELECT "oldUnitId" AS old_id, MIN("newUnitId") AS current_id FROM "UnitMapping"
             GROUP BY "oldUnitId") r ON r.old_id = p."unitId"
  WHERE p.status <> 'DRAFT';

  INSERT INTO "DashboardCube" ("sessionId", "fieldId", "agencyId", "submitMonth", "sentMonth",
      total, answered, open, approved, "onTime", rated, satisfied, partly, "notSatisfied")
  SELECT session_id, field_id, agency_id, submit_month, sent_month, COUNT(*),
    COUNT(*) FILTER (WHERE answered), COUNT(*) FILTER (WHERE running),
    COUNT(*) FILTER (WHERE due IS NOT NULL AND approved_day IS NOT NULL),
    COUNT(*) FILTER (WHERE due IS NOT NULL AND approved_day <= due), COUNT(rating),
    COUNT(*) FILTER (WHERE rating = 'SATISFIED'), COUNT(*) FILTER (WHERE rating = 'PARTLY_SATISFIED'),
    COUNT(*) FILTER (WHERE rating = 'NOT_SATISFIED')
  FROM portal_dashboard_facts GROUP BY 1, 2, 3, 4, 5;
  GET DIAGNOSTICS n = ROW_COUNT;
  written := written + n;

  INSERT INTO "DashboardUnitCube" ("sessionId", "fieldId", "agencyId", "unitId", "districtId", "submitMonth",
      total, answered, open, approved, "onTime", rated, satisfied, partly, "notSatisfied")
  SELECT session_id, field_id, agency_id, unit_id, district_id, submit_month, COUNT(*),
    COUNT(*) FILTER (WHERE answered), COUNT(*) FILTER (WHERE running),
    COUNT(*) FILTER (WHERE due IS NOT NULL AND approved_day IS NOT NULL),
    COUNT(*) FILTER (WHERE due IS NOT NULL AND approved_day <= due), COUNT(rating),
    COUNT(*) FILTER (WHERE rating = 'SATISFIED'), COUNT(*) FILTER (WHERE rating = 'PARTLY_SATISFIED'),
    COUNT(*) FILTER (WHERE rating = 'NOT_SATISFIED')
  FROM portal_dashboard_facts GROUP BY 1, 2, 3, 4, 5, 6;
  GET DIAGNOSTICS n = ROW_COUNT;
  written := written + n;

  INSERT INTO "DashboardDays" ("sessionId", "fieldId", "agencyId", "submitMonth", days, count)
  SELECT session_id, field_id, agency_id, submit_month, days, COUNT(*)
  FROM portal_dashboard_facts WHERE days IS NOT NULL GROUP BY 1, 2, 3, 4, 5;
  GET DIAGNOSTICS n = ROW_COUNT;
  written := written + n;
  DROP TABLE portal_dashboard_facts;
  RETURN written;
END $$;

-- Existing proposals: fill the working days (the BEFORE trigger computes them), then the summaries.
UPDATE "Proposal" SET "answerWorkingDays" = NULL WHERE "approvedAt" IS NOT NULL AND "assignedAt" IS NOT NULL;
SELECT portal_rebuild_dashboard();
