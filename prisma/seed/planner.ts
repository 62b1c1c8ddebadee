// Picks texts and communes for demo proposals: region and era fit, even spread of texts, agencies to lead (no I/O).
import type { ProposalStatus, UnitKind } from "../../lib/generated/prisma/enums";
import { FIELDS } from "./fields";
import { PROPOSAL_TEXTS, type ProposalText } from "./proposal-texts";
import { OUT_OF_JURISDICTION_TEXTS } from "./answer-texts";
import type { Rng } from "./random";
import type { SessionPlan } from "./sessions";

export interface UnitRef {
  id: number;
  code: string;
  name: string;
  current: boolean;
  district?: string; // pre-2025 units only
  region: Region;
}

export type DueCategory = "overdue" | "soon" | "later";

export interface Slot {
  session: SessionPlan;
  unit: UnitRef;
  text: ProposalText;
  status: ProposalStatus;
  due?: DueCategory;
  lead: string | null;
  coord: string[];
  ooj: boolean;
  dup?: { group: string; primary: boolean };
  raisedAtMeeting: boolean;
  returnedBefore: boolean;
  changesRequested: boolean;
  withFollowUp: boolean;
  closeViaAck: boolean;
}

/** Current agency → the agency that did the same work in 2023. */
const OLD_EQUIVALENT: Record<string, string> = {
  SNNMT: "STNMT",
  SKHCN: "STTTT",
  SDTTG: "BDT",
  SVHTTDL: "SVHTT",
  BTGDVTU: "BDVTU",
  DUUBND: "BCSDUBND",
};

export function leadOf(text: ProposalText, era: "old" | "new"): string {
  const field = FIELDS.find((f) => f.code === text.field);
  if (!field) throw new Error(`Unknown field ${text.field}`);
  return era === "old" ? (text.lead?.old ?? field.lead2023) : (text.lead?.cur ?? field.lead);
}

export function fits(text: ProposalText, unit: UnitRef, era: "old" | "new"): boolean {
  if (text.era && text.era !== era) return false;
  if (text.where === "any") return true;
  if (text.where === "rural") return unit.region !== "urban";
  return text.where === unit.region;
}

const RUNNING: ProposalStatus[] = ["ASSIGNED", "IN_PROGRESS", "IN_REVIEW"];

/** Rough region of a unit for choosing plausible demo texts. */
export type Region = "urban" | "mountain" | "lowland";
const MOUNTAIN_DISTRICTS = [
  "Quế Phong",
  "Quỳ Châu",
  "Kỳ Sơn",
  "Tương Dương",
  "Quỳ Hợp",
  "Con Cuông",
  "Tân Kỳ",
  "Anh Sơn",
  "Nghĩa Đàn",
  "Thanh Chương",
  "Thái Hoà",
  "Thái Hòa",
];
export function regionOf(kind: UnitKind, districtName: string | undefined): Region {
  if (kind === "PHUONG" || kind === "THI_TRAN") return "urban";
  return districtName && MOUNTAIN_DISTRICTS.some((d) => districtName.normalize("NFC").endsWith(d))
    ? "mountain"
    : "lowland";
}

export class Planner {
  readonly slots: Slot[] = [];
  private readonly used = new Map<string, number>();
  private readonly perUnit = new Map<number, Set<string>>();
  constructor(
    private readonly rng: Rng,
    private readonly session: SessionPlan,
    private readonly pool: UnitRef[],
  ) {}

  private leastUsed(candidates: ProposalText[]): ProposalText {
    const min = Math.min(...candidates.map((t) => this.used.get(t.key) ?? 0));
    return this.rng.pick(candidates.filter((t) => (this.used.get(t.key) ?? 0) === min));
  }

  /** Adds a slot; text and unit are chosen when not given, honouring region, era and an optional lead agency. */
  add(
    status: ProposalStatus,
    opts: {
      unit?: UnitRef;
      text?: ProposalText;
      lead?: string;
      coordWith?: string;
      due?: DueCategory;
      ooj?: boolean;
      dup?: Slot["dup"];
    } = {},
  ): Slot {
    const era = this.session.era;
    const texts = opts.ooj ? OUT_OF_JURISDICTION_TEXTS : PROPOSAL_TEXTS;
    let unit = opts.unit;
    let text = opts.text;
    if (!text) {
      const candidates = texts.filter(
        (t) =>
          (!unit || (fits(t, unit, era) && !this.perUnit.get(unit.id)?.has(t.key))) &&
          (!opts.lead || leadOf(t, era) === opts.lead) &&
          (!opts.coordWith || (t.coord ?? []).includes(opts.coordWith)) &&
          (unit || this.pool.some((u) => fits(t, u, era))),
      );
      text = this.leastUsed(
        candidates.length > 0 ? candidates : texts.filter((t) => !unit || fits(t, unit, era)),
      );
    }
    if (!unit) {
      const chosen = text;
      const fitting = this.pool.filter(
        (u) => fits(chosen, u, era) && !this.perUnit.get(u.id)?.has(chosen.key),
      );
      unit = this.rng.pick(fitting.length > 0 ? fitting : this.pool);
    }
    this.used.set(text.key, (this.used.get(text.key) ?? 0) + 1);
    this.perUnit.set(unit.id, (this.perUnit.get(unit.id) ?? new Set()).add(text.key));
    const lead = opts.ooj ? null : leadOf(text, era);
    const coordAll = (text.coord ?? [])
      .map((c) => (era === "old" ? (OLD_EQUIVALENT[c] ?? c) : c))
      .filter((c) => c !== lead);
    const coord = opts.coordWith
      ? coordAll
      : coordAll.slice(
          0,
          this.rng.weighted([
            [0, 2],
            [1, 5],
            [2, 3],
          ]),
        );
    // The two showcase agencies get exactly their planned overdue cases; others drift at random.
    const overdueWeight = lead === "SXD" || lead === "BTCTU" ? 0 : 12;
    const due =
      opts.due ??
      (RUNNING.includes(status)
        ? this.rng.weighted<DueCategory>([
            ["overdue", overdueWeight],
            ["soon", 18],
            ["later", 70],
          ])
        : undefined);
    const slot: Slot = {
      session: this.session,
      unit,
      text,
      status,
      due,
      lead,
      coord,
      ooj: Boolean(opts.ooj),
      dup: opts.dup,
      raisedAtMeeting: false,
      returnedBefore: false,
      changesRequested: false,
      withFollowUp: false,
      closeViaAck: true,
    };
    this.slots.push(slot);
    return slot;
  }

  count(status: ProposalStatus): number {
    return this.slots.filter((s) => s.status === status).length;
  }

  fill(targets: [ProposalStatus, number][], units: UnitRef[]): void {
    const rest = targets.flatMap(([status, n]) =>
      Array.from({ length: Math.max(0, n - this.count(status)) }, () => status),
    );
    for (const status of this.rng.shuffle(rest))
      this.add(status, { unit: this.rng.pick(units), ooj: status === "OUT_OF_JURISDICTION" });
  }
}
