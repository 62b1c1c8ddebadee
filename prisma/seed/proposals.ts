// Plans the demo proposals of the two sessions: how many in each state, which flags, which showcase cases (no I/O).
import type { ProposalStatus } from "../../lib/generated/prisma/enums";
import { PROPOSAL_TEXTS } from "./proposal-texts";
import { Planner, type DueCategory, type Slot, type UnitRef } from "./planner";
import type { Rng } from "./random";
import type { SessionPlan } from "./sessions";

export type { DueCategory, Slot, UnitRef } from "./planner";

const STATUS_2023: [ProposalStatus, number][] = [
  ["CLOSED", 59],
  ["ACKNOWLEDGED", 30],
  ["SENT", 21],
  ["OUT_OF_JURISDICTION", 5],
  ["MERGED", 4],
  ["WITHDRAWN", 1],
];
// prettier-ignore
const STATUS_2026: [ProposalStatus, number][] = [
  ["DRAFT", 12], ["SUBMITTED", 14], ["RETURNED", 6], ["RECEIVED", 12], ["ASSIGNED", 22], ["IN_PROGRESS", 25], ["IN_REVIEW", 14], ["APPROVED", 8],
  ["SENT", 18], ["ACKNOWLEDGED", 16], ["FOLLOW_UP", 6], ["CLOSED", 12], ["MERGED", 5], ["OUT_OF_JURISDICTION", 5], ["WITHDRAWN", 5],
];
// prettier-ignore
const FORCED_LEAD: [ProposalStatus, DueCategory?][] = [
  ["ASSIGNED", "overdue"], ["ASSIGNED", "later"], ["IN_PROGRESS", "overdue"], ["IN_PROGRESS", "soon"], ["IN_PROGRESS", "later"],
  ["IN_REVIEW", "soon"], ["IN_REVIEW", "later"], ["IN_REVIEW", "later"], ["APPROVED"], ["SENT"], ["ACKNOWLEDGED"], ["CLOSED"],
];

function flag(
  rng: Rng,
  slots: Slot[],
  statuses: ProposalStatus[],
  n: number,
  apply: (s: Slot) => void,
): void {
  const eligible = rng.shuffle(slots.filter((s) => statuses.includes(s.status) && !s.dup));
  for (const slot of eligible.slice(0, n)) apply(slot);
}

export function plan2023(rng: Rng, session: SessionPlan, units: UnitRef[]): Slot[] {
  const vinh = units.filter((u) => u.district === "Thành phố Vinh" || u.district === "Thị xã Cửa Lò");
  const pool = [
    ...rng.shuffle(vinh).slice(0, 8),
    ...rng.shuffle(units.filter((u) => !vinh.includes(u))).slice(0, 80),
  ];
  const p = new Planner(rng.fork("2023"), session, pool);
  const dupText = PROPOSAL_TEXTS.find((t) => t.key === "tccb-khong-chuyen-trach");
  const rural = pool.filter((u) => u.region !== "urban");
  rng
    .shuffle(rural)
    .slice(0, 5)
    .forEach((unit, i) =>
      p.add(i === 0 ? "CLOSED" : "MERGED", {
        unit,
        text: dupText,
        dup: { group: "2023-A", primary: i === 0 },
      }),
    );
  p.fill(STATUS_2023, pool);
  flag(rng, p.slots, ["CLOSED", "ACKNOWLEDGED", "SENT"], 16, (s) => (s.raisedAtMeeting = true));
  flag(rng, p.slots, ["CLOSED", "ACKNOWLEDGED", "SENT"], 10, (s) => (s.changesRequested = true));
  flag(
    rng,
    p.slots.filter((s) => !s.raisedAtMeeting),
    ["CLOSED", "ACKNOWLEDGED"],
    3,
    (s) => (s.returnedBefore = true),
  );
  flag(rng, p.slots, ["CLOSED"], 8, (s) => (s.withFollowUp = true));
  flag(
    rng,
    p.slots.filter((s) => !s.withFollowUp),
    ["CLOSED"],
    12,
    (s) => (s.closeViaAck = false),
  );
  return p.slots;
}

export function plan2026(rng: Rng, session: SessionPlan, units: UnitRef[]): Slot[] {
  const byCode = (code: string) => {
    const unit = units.find((u) => u.code === code);
    if (!unit) throw new Error(`Current unit ${code} missing`);
    return unit;
  };
  const named = [byCode("16681"), byCode("16732"), byCode("16738")];
  const pool = [...named, ...rng.shuffle(units.filter((u) => !named.includes(u))).slice(0, 75)];
  const others = pool.slice(3);
  const p = new Planner(rng.fork("2026"), session, others);
  const [thanhVinh, cuaLo, quePhong] = named as [UnitRef, UnitRef, UnitRef];
  for (const s of [
    "DRAFT",
    "SUBMITTED",
    "RETURNED",
    "RECEIVED",
    "ASSIGNED",
    "IN_PROGRESS",
    "IN_REVIEW",
    "SENT",
    "ACKNOWLEDGED",
    "CLOSED",
  ] as const)
    p.add(s, { unit: thanhVinh });
  for (const s of ["DRAFT", "SUBMITTED", "IN_PROGRESS", "APPROVED", "SENT", "FOLLOW_UP"] as const)
    p.add(s, { unit: cuaLo });
  for (const s of ["DRAFT", "ASSIGNED", "IN_PROGRESS", "SENT", "ACKNOWLEDGED"] as const)
    p.add(s, { unit: quePhong });
  for (const agency of ["SXD", "BTCTU"])
    for (const [status, due] of FORCED_LEAD) p.add(status, { lead: agency, due });
  for (const agency of ["SXD", "BTCTU"]) {
    p.add("ASSIGNED", { coordWith: agency, due: "later" });
    p.add("IN_PROGRESS", { coordWith: agency, due: "soon" });
    p.add("IN_REVIEW", { coordWith: agency, due: "later" });
  }
  for (const status of ["IN_PROGRESS", "IN_PROGRESS", "IN_REVIEW", "IN_REVIEW"] as const)
    p.add(status, { lead: "SNNMT", due: "later" });
  const groups: [string, string, ProposalStatus, number][] = [
    ["2026-A", "tccb-doi-du", "IN_PROGRESS", 3],
    ["2026-B", "tcns-kinh-phi", "SENT", 2],
  ];
  for (const [group, key, primaryStatus, members] of groups) {
    const text = PROPOSAL_TEXTS.find((t) => t.key === key);
    rng
      .shuffle(others)
      .slice(0, members + 1)
      .forEach((unit, i) =>
        p.add(i === 0 ? primaryStatus : "MERGED", {
          unit,
          text,
          dup: { group, primary: i === 0 },
          due: i === 0 ? "later" : undefined,
        }),
      );
  }
  p.fill(STATUS_2026, others);
  flag(rng, p.slots, ["RECEIVED", "ASSIGNED", "IN_PROGRESS"], 3, (s) => (s.returnedBefore = true));
  flag(rng, p.slots, ["IN_REVIEW", "APPROVED", "SENT"], 5, (s) => (s.changesRequested = true));
  flag(rng, p.slots, ["CLOSED"], 2, (s) => (s.withFollowUp = true));
  return p.slots;
}
