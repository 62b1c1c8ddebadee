// Forms of the notices of conclusions: the notice, its tasks, and a task's progress update. Messages are catalogue keys.
import { z } from "zod";
import { calendarDate } from "@/lib/schemas/calendar-date";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const version = z.coerce.number().int().min(0).max(2_147_483_647);

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, "validation.required")
    .min(min, "validation.tooShort")
    .max(max, "validation.tooLong");

export const TASK_KINDS = ["KEY_TASK", "AGENCY_ASSIGNMENT"] as const;
export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED"] as const;

export const CreateNotice = z.object({
  sessionId: id,
  number: text(2, 60),
  issuedOn: calendarDate,
  title: text(5, 300),
  content: text(10, 50_000),
});
export type CreateNoticeInput = z.input<typeof CreateNotice>;

const taskFields = {
  kind: z.enum(TASK_KINDS, "validation.required"),
  title: text(5, 300),
  description: text(5, 5_000),
  agencyId: z.preprocess(emptyToUndefined, id.optional()),
  dueOn: z.preprocess(emptyToUndefined, calendarDate.optional()),
};

/** An assignment to a provincial body names its owner agency; a key task for commune leaders has none. */
const agencyMatchesKind = (task: { kind: string; agencyId?: number | undefined }) =>
  task.kind === "KEY_TASK" || task.agencyId !== undefined;
const agencyRequired = { message: "conclusions.validation.agencyRequired", path: ["agencyId"] };

export const AddTask = z.object({ noticeId: id, ...taskFields }).refine(agencyMatchesKind, agencyRequired);
export type AddTaskInput = z.input<typeof AddTask>;

export const EditTask = z
  .object({ taskId: id, version, ...taskFields })
  .refine(agencyMatchesKind, agencyRequired);
export type EditTaskInput = z.input<typeof EditTask>;

export const RecordTaskProgress = z
  .object({
    taskId: id,
    version,
    status: z.enum(TASK_STATUSES, "validation.required"),
    percent: z.coerce
      .number("validation.invalid")
      .int("validation.invalid")
      .min(0, "validation.invalid")
      .max(100, "validation.invalid"),
    note: z.string().trim().max(2_000, "validation.tooLong").default(""),
  })
  // "Completed" means all of it; 100% is only reported once it is completed.
  .refine((u) => (u.status === "COMPLETED") === (u.percent === 100), {
    message: "conclusions.validation.completedMeansFull",
    path: ["percent"],
  });
export type RecordTaskProgressInput = z.input<typeof RecordTaskProgress>;
