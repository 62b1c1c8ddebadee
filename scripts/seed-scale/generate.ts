// The SQL that writes generated proposals in bulk: one INSERT … SELECT per session for the proposals and their
// answers, then events, assignments and urges derived from the proposals' own timestamps.
import type pg from "pg";
import { stageCase, statusCase, type ScaleSession } from "./plan";

const TZ = `'Asia/Ho_Chi_Minh'`;
/** A local day plus office hours (08:00–16:59 in Vietnam) as an instant. */
const at = (day: string, r: string) =>
  `((${day})::timestamp + TIME '08:00' + (${r}) * INTERVAL '9 hours') AT TIME ZONE ${TZ}`;

/** Working-day numbering over 2019–2030 (n = working days up to and including the day), as lib/calendar counts. */
export async function createWorkingDayTables(client: pg.Client): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE scale_wd AS
    SELECT day, SUM(working) OVER (ORDER BY day)::int AS n, working = 1 AS working
    FROM (
      SELECT g.d::date AS day,
        CASE WHEN c.kind = 'HOLIDAY' THEN 0 WHEN c.kind = 'WORKING_DAY' THEN 1
             WHEN EXTRACT(ISODOW FROM g.d) < 6 THEN 1 ELSE 0 END AS working
      FROM generate_series(DATE '2019-01-01', DATE '2030-12-31', INTERVAL '1 day') g(d)
      LEFT JOIN "CalendarDay" c ON c.date = g.d::date
    ) days;
    ALTER TABLE scale_wd ADD PRIMARY KEY (day);
    CREATE TEMP TABLE scale_wdn AS SELECT n, day FROM scale_wd WHERE working;
    ALTER TABLE scale_wdn ADD PRIMARY KEY (n);`);
}

/**
 * Inserts one session's proposals with their current answers. Every draw is made once per row in `draw`; the
 * timeline follows the state (a proposal has the timestamps of the steps it went through and no others).
 */
export async function insertSessionProposals(
  client: pg.Client,
  session: ScaleSession & { id: number },
  today: string,
  codeOffsets: Record<string, number>,
): Promise<number> {
  const current = session.age === "current";
  // Assignment: after the notice of conclusions for finished sessions, soon after the meeting for the current one.
  const assignFrom = current ? 3 : 10;
  const assignSpan = current ? `GREATEST(1, (DATE '${today}' - DATE '${session.meeting}') - 16)` : "25";
  const result = await client.query(
    `
    WITH draw AS (
      SELECT g, random() AS r_status, random() AS r_unit, random() AS r_text, random() AS r_sub, random() AS r_rec,
        random() AS r_assign, random() AS r_k, random() AS r_sent, random() AS r_ack, random() AS r_rate,
        random() AS r_time, random() AS r_close
      FROM generate_series(1, $1::int) g
    ), picked AS (
      SELECT d.*, ${statusCase(session.age, "d.r_status")} AS status,
        su.unit_id, su.author_id,
        (DATE '${session.opens}' + (d.r_sub * (DATE '${session.closes}' - DATE '${session.opens}'))::int) AS sub_day
      FROM draw d
      JOIN scale_units su ON su.era = '${session.era}' AND su.idx = floor(d.r_unit * (SELECT count FROM scale_unit_count WHERE era = '${session.era}'))::int
    ), timeline AS (
      SELECT p.*, ${stageCase("p.status")} AS stage, pr.first_idx + floor(p.r_text * pr.count)::int AS pool_idx,
        an.n + 1 AS assigned_n
      FROM picked p
      JOIN scale_pool_range pr ON pr.unit_id = p.unit_id AND pr.era = '${session.era}'
      JOIN scale_wd an ON an.day = DATE '${session.meeting}' + ${assignFrom} + floor(p.r_assign * ${assignSpan})::int
    ), steps AS (
      SELECT t.*, ad.day AS assigned_day, dd.day AS due_day,
        LEAST(t.assigned_n + 3 + floor(power(t.r_k, 1.6) * 30)::int,
              ${current ? `(SELECT n FROM scale_wd WHERE day = DATE '${today}') - 1` : "1000000"}) AS approved_n
      FROM timeline t
      JOIN scale_wdn ad ON ad.n = t.assigned_n
      JOIN scale_wdn dd ON dd.n = t.assigned_n + 15
    ), rows AS (
      SELECT s.*, sp.day AS approved_day, pool.field_id, pool.lead_agency_id, pool.title, pool.content, pool.answer,
        ${at("s.sub_day", "s.r_time")} AS submitted_at,
        ${at("s.sub_day + 1 + floor(s.r_rec * 4)::int", "s.r_time")} AS received_at,
        md5('${session.code}-' || s.g) AS token
      FROM steps s
      JOIN scale_wdn sp ON sp.n = GREATEST(s.approved_n, s.assigned_n + 1)
      JOIN scale_pool pool ON pool.idx = s.pool_idx
    ), final AS (
      SELECT r.*,
        LEAST(${at("r.approved_day + floor(r.r_sent * 3)::int", "r.r_time")}, now()) AS sent_at,
        LEAST(${at("r.approved_day + 2 + floor(r.r_ack * 10)::int", "r.r_time")}, now()) AS ack_at,
        LEAST(${at("r.approved_day + 8 + floor(r.r_close * 20)::int", "r.r_time")}, now()) AS closed_at,
        EXTRACT(YEAR FROM r.sub_day)::int AS code_year
      FROM rows r
    ), numbered AS (
      SELECT f.*, row_number() OVER (PARTITION BY f.code_year ORDER BY f.submitted_at, f.g) AS code_seq
      FROM final f
    ), inserted AS (
      INSERT INTO "Proposal" (code, "sessionId", "unitId", "authorId", "fieldId", "leadAgencyId", title, content,
        status, version, "clientToken", "answerDueOn", "receiptDueOn", "submittedAt", "receivedAt", "assignedAt",
        "approvedAt", "sentAt", "acknowledgedAt", "closedAt", "returnReason", "outOfJurisdictionNote", rating,
        "answerWorkingDays", "searchVector", "searchPairs", "createdAt", "updatedAt")
      -- lpad() would cut numbers of six digits: pad only what is shorter, as the app's padStart does.
      SELECT 'ĐT-' || n.code_year || '-' || (SELECT lpad(x::text, GREATEST(5, length(x::text)), '0')
        FROM (SELECT n.code_seq + COALESCE(($3::jsonb ->> n.code_year::text)::int, 0) AS x) seq),
        $2::int, n.unit_id, n.author_id, n.field_id,
        CASE WHEN n.stage >= 3 THEN n.lead_agency_id END,
        n.title, n.content, n.status, 1 + GREATEST(n.stage, 1), n.token,
        CASE WHEN n.stage >= 3 THEN n.due_day END,
        n.sub_day + 14,
        n.submitted_at,
        CASE WHEN n.stage >= 2 OR n.status = 'OUT_OF_JURISDICTION' THEN n.received_at END,
        CASE WHEN n.stage >= 3 THEN ${at("n.assigned_day", "n.r_time")} END,
        CASE WHEN n.stage >= 6 THEN ${at("n.approved_day", "n.r_time")} END,
        CASE WHEN n.stage >= 7 THEN n.sent_at END,
        CASE WHEN n.stage >= 8 THEN n.ack_at END,
        CASE WHEN n.stage = 10 OR n.status IN ('OUT_OF_JURISDICTION', 'WITHDRAWN') THEN n.closed_at END,
        CASE WHEN n.status = 'RETURNED' THEN 'Đề nghị địa phương bổ sung vị trí cụ thể, số liệu hộ dân bị ảnh hưởng và hồ sơ kèm theo.' END,
        CASE WHEN n.status = 'OUT_OF_JURISDICTION' THEN 'Nội dung thuộc thẩm quyền giải quyết của Trung ương; Ban Thường vụ Tỉnh ủy đã tổng hợp, kiến nghị các bộ, ngành.' END,
        CASE WHEN n.stage >= 8 THEN (CASE WHEN n.r_rate < 0.72 THEN 'SATISFIED' WHEN n.r_rate < 0.92 THEN 'PARTLY_SATISFIED' ELSE 'NOT_SATISFIED' END)::"Rating" END,
        CASE WHEN n.stage >= 6 THEN GREATEST(n.approved_n, n.assigned_n + 1) - n.assigned_n END,
        portal_search_vector(n.title, n.content), portal_search_pairs(n.title, n.content),
        n.submitted_at - INTERVAL '1 day', now()
      FROM numbered n
      RETURNING id, "clientToken"
    )
    INSERT INTO "Answer" ("proposalId", "agencyId", "versionNo", state, content, "authorId", "reviewerId",
      "documentNumber", "documentDate", "signerName", "signerTitle", "submittedAt", "approvedAt", "createdAt", "updatedAt")
    SELECT i.id, f.lead_agency_id, 1,
      (CASE WHEN f.stage >= 6 THEN 'APPROVED' WHEN f.stage = 5 THEN 'IN_REVIEW' ELSE 'DRAFT' END)::"AnswerState",
      '<p>' || replace(replace(f.answer, '&', '&amp;'), '<', '&lt;') || '</p>',
      au.officer_id, CASE WHEN f.stage >= 6 THEN au.head_id END,
      CASE WHEN f.stage >= 6 THEN (f.code_seq % 9000 + 100) || '/CV-' || au.code END,
      CASE WHEN f.stage >= 6 THEN f.approved_day END,
      CASE WHEN f.stage >= 6 THEN au.head_name END,
      CASE WHEN f.stage >= 6 THEN 'Giám đốc' END,
      CASE WHEN f.stage >= 5 THEN ${at("f.assigned_day + 5", "f.r_time")} END,
      CASE WHEN f.stage >= 6 THEN ${at("f.approved_day", "f.r_time")} END,
      ${at("f.assigned_day + 1", "f.r_time")}, now()
    FROM inserted i
    JOIN numbered f ON f.token = i."clientToken"
    JOIN scale_agency_users au ON au.agency_id = f.lead_agency_id
    WHERE f.stage >= 4`,
    [session.proposals, session.id, JSON.stringify(codeOffsets)],
  );
  return result.rowCount ?? 0;
}

/** The audit trail of every generated proposal, from its own timestamps and state. */
export async function insertEvents(
  client: pg.Client,
  sessionIds: number[],
  coordinatorId: number,
): Promise<number> {
  const stage = stageCase("p.status");
  const result = await client.query(
    `
    INSERT INTO "StatusEvent" ("proposalId", "actorId", action, "fromStatus", "toStatus", note, "createdAt")
    SELECT p.id, e.actor, e.action, e.from_status::"ProposalStatus", e.to_status::"ProposalStatus", e.note, e.at
    FROM "Proposal" p
    LEFT JOIN scale_agency_users au ON au.agency_id = p."leadAgencyId"
    CROSS JOIN LATERAL (VALUES
      (p."authorId", 'create', NULL, 'DRAFT', NULL, p."submittedAt" - INTERVAL '1 day', true),
      (p."authorId", 'submit', 'DRAFT', 'SUBMITTED', NULL, p."submittedAt", true),
      ($2::int, 'return', 'SUBMITTED', 'RETURNED', p."returnReason", p."submittedAt" + INTERVAL '2 days', p.status = 'RETURNED'),
      (p."authorId", 'withdraw', 'SUBMITTED', 'WITHDRAWN', NULL, p."closedAt", p.status = 'WITHDRAWN'),
      ($2::int, 'receive', 'SUBMITTED', 'RECEIVED', NULL, p."receivedAt", p."receivedAt" IS NOT NULL),
      ($2::int, 'mark_out_of_jurisdiction', 'RECEIVED', 'OUT_OF_JURISDICTION', p."outOfJurisdictionNote", p."closedAt", p.status = 'OUT_OF_JURISDICTION'),
      ($2::int, 'assign', 'RECEIVED', 'ASSIGNED', NULL, p."assignedAt", ${stage} >= 3),
      (au.officer_id, 'draft_answer', 'ASSIGNED', 'IN_PROGRESS', NULL, p."assignedAt" + INTERVAL '1 day', ${stage} >= 4),
      (au.officer_id, 'submit_for_review', 'IN_PROGRESS', 'IN_REVIEW', NULL, COALESCE(p."approvedAt" - INTERVAL '1 day', p."assignedAt" + INTERVAL '5 days'), ${stage} >= 5),
      (au.head_id, 'approve', 'IN_REVIEW', 'APPROVED', NULL, p."approvedAt", ${stage} >= 6),
      ($2::int, 'send', 'APPROVED', 'SENT', NULL, p."sentAt", ${stage} >= 7),
      (p."authorId", 'acknowledge', 'SENT', 'ACKNOWLEDGED', NULL, p."acknowledgedAt", ${stage} >= 8),
      (p."authorId", 'follow_up', 'ACKNOWLEDGED', 'FOLLOW_UP', NULL, p."acknowledgedAt" + INTERVAL '1 day', p.status = 'FOLLOW_UP'),
      ($2::int, 'close', 'ACKNOWLEDGED', 'CLOSED', NULL, p."closedAt", p.status = 'CLOSED')
    ) AS e(actor, action, from_status, to_status, note, at, happened)
    WHERE p."sessionId" = ANY($1::int[]) AND e.happened AND e.actor IS NOT NULL`,
    [sessionIds, coordinatorId],
  );
  return result.rowCount ?? 0;
}

export async function insertAssignments(
  client: pg.Client,
  sessionIds: number[],
  coordinatorId: number,
): Promise<number> {
  const result = await client.query(
    `INSERT INTO "Assignment" ("proposalId", "agencyId", role, "dueOn", active, "assignedById", "assignedAt")
     SELECT p.id, p."leadAgencyId", 'LEAD', p."answerDueOn", true, $2::int, p."assignedAt"
     FROM "Proposal" p
     WHERE p."sessionId" = ANY($1::int[]) AND p."leadAgencyId" IS NOT NULL AND p."assignedAt" IS NOT NULL`,
    [sessionIds, coordinatorId],
  );
  return result.rowCount ?? 0;
}

/** The Standing Committee urges agencies about a third of the overdue work of the current session. */
export async function insertUrges(
  client: pg.Client,
  sessionIds: number[],
  urgerId: number,
  today: string,
): Promise<number> {
  const result = await client.query(
    `INSERT INTO "Urge" ("proposalId", "agencyId", message, level, "urgedById", "createdAt")
     SELECT p.id, p."leadAgencyId", 'Đề nghị khẩn trương trả lời kiến nghị đã quá hạn.', 1, $2::int,
       (p."answerDueOn" + 2)::timestamp AT TIME ZONE ${TZ}
     FROM "Proposal" p
     WHERE p."sessionId" = ANY($1::int[]) AND p.status IN ('ASSIGNED', 'IN_PROGRESS', 'IN_REVIEW')
       AND p."answerDueOn" < DATE '${today}' - 2 AND p.id % 3 = 0`,
    [sessionIds, urgerId],
  );
  return result.rowCount ?? 0;
}

/** The commune's follow-up question for proposals in FOLLOW_UP, as the workflow records it. */
export async function insertFollowUps(client: pg.Client, sessionIds: number[]): Promise<number> {
  const result = await client.query(
    `INSERT INTO "FollowUp" ("proposalId", question, "askedById", "askedAt")
     SELECT p.id, 'Đề nghị cho biết thời gian cụ thể triển khai thực hiện nội dung đã trả lời.', p."authorId",
       p."acknowledgedAt" + INTERVAL '1 day'
     FROM "Proposal" p WHERE p."sessionId" = ANY($1::int[]) AND p.status = 'FOLLOW_UP'`,
    [sessionIds],
  );
  return result.rowCount ?? 0;
}
