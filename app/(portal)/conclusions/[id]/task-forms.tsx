// A task's forms: the progress update (owner agency or coordinator) and the task's details (session.manage).
import type { Translate } from "@/lib/i18n/translate";
import type { NoticeTask } from "@/lib/data/conclusions";
import { TASK_KINDS, TASK_STATUSES } from "@/lib/schemas/conclusion";
import { toIsoDate } from "@/lib/format";
import { ActionForm } from "@/components/action-form";
import { inputClass } from "../notice-form";
import { addTaskAction, editTaskAction, recordProgressAction } from "./actions";

export function ProgressForm({ task, t }: { task: NoticeTask; t: Translate }) {
  const prefix = `progress-${task.id}-`;
  return (
    <ActionForm
      action={recordProgressAction}
      hidden={{ taskId: task.id, version: task.version }}
      submitLabel={t("conclusions.saveProgress")}
      pendingLabel={t("conclusions.saving")}
      idPrefix={prefix}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${prefix}status`} className="text-sm font-medium">
            {t("conclusions.statusLabel")}
          </label>
          <select id={`${prefix}status`} name="status" defaultValue={task.status} className={inputClass}>
            {TASK_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`conclusions.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${prefix}percent`} className="text-sm font-medium">
            {t("conclusions.percent")}
          </label>
          <input
            id={`${prefix}percent`}
            name="percent"
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            required
            defaultValue={task.percent}
            className={inputClass}
          />
        </div>
      </div>
      <div>
        <label htmlFor={`${prefix}note`} className="text-sm font-medium">
          {t("conclusions.note")}
        </label>
        <textarea id={`${prefix}note`} name="note" rows={3} maxLength={2000} className={inputClass} />
      </div>
    </ActionForm>
  );
}

type Agency = { id: number; name: string; nameEn: string };

/** Adds a task to the notice, or edits one (with its version as the optimistic check). */
export function TaskForm({
  noticeId,
  task,
  agencies,
  locale,
  t,
}: {
  noticeId: number;
  task?: NoticeTask;
  agencies: Agency[];
  locale: string;
  t: Translate;
}) {
  const prefix = task ? `task-${task.id}-` : "new-task-";
  // A task of a since-merged agency keeps it as a choice, so editing the text does not force a new owner.
  const choices =
    task?.agency && !agencies.some((a) => a.id === task.agency?.id) ? [task.agency, ...agencies] : agencies;
  return (
    <ActionForm
      action={task ? editTaskAction : addTaskAction}
      hidden={task ? { taskId: task.id, version: task.version } : { noticeId }}
      submitLabel={t(task ? "conclusions.editTaskSubmit" : "conclusions.addTaskSubmit")}
      pendingLabel={t("conclusions.saving")}
      idPrefix={prefix}
    >
      <div>
        <label htmlFor={`${prefix}kind`} className="text-sm font-medium">
          {t("conclusions.taskKind")}
        </label>
        <select
          id={`${prefix}kind`}
          name="kind"
          defaultValue={task?.kind ?? "AGENCY_ASSIGNMENT"}
          className={inputClass}
        >
          {TASK_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`conclusions.kind.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${prefix}title`} className="text-sm font-medium">
          {t("conclusions.taskTitle")}
        </label>
        <input
          id={`${prefix}title`}
          name="title"
          required
          maxLength={300}
          defaultValue={task?.title}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={`${prefix}description`} className="text-sm font-medium">
          {t("conclusions.description")}
        </label>
        <textarea
          id={`${prefix}description`}
          name="description"
          rows={3}
          required
          maxLength={5000}
          defaultValue={task?.description}
          className={inputClass}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${prefix}agencyId`} className="text-sm font-medium">
            {t("conclusions.agency")}
          </label>
          <select
            id={`${prefix}agencyId`}
            name="agencyId"
            defaultValue={task?.agency?.id ?? ""}
            className={inputClass}
          >
            <option value="">{t("conclusions.noAgency")}</option>
            {choices.map((a) => (
              <option key={a.id} value={a.id}>
                {locale === "en" ? a.nameEn : a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${prefix}dueOn`} className="text-sm font-medium">
            {t("conclusions.dueOn")}
          </label>
          <input
            id={`${prefix}dueOn`}
            name="dueOn"
            type="date"
            defaultValue={task?.dueOn ? toIsoDate(task.dueOn) : ""}
            className={inputClass}
          />
        </div>
      </div>
    </ActionForm>
  );
}
