// One task of a notice: owner, description, due date, status, percent, derived "overdue", and its updates.
import type { Translate } from "@/lib/i18n/translate";
import type { NoticeDetail, NoticeTask } from "@/lib/data/conclusions";
import { formatDate, formatDateTime } from "@/lib/format";
import { ProgressForm, TaskForm } from "./task-forms";

const STATUS_TONE: Record<NoticeTask["status"], string> = {
  NOT_STARTED: "bg-gray-100 text-gray-800",
  IN_PROGRESS: "bg-indigo-100 text-indigo-900",
  COMPLETED: "bg-green-100 text-green-900",
};

export function TaskCard({
  task,
  notice,
  agencies,
  locale,
  t,
}: {
  task: NoticeTask;
  notice: NoticeDetail;
  agencies: { id: number; name: string; nameEn: string }[];
  locale: string;
  t: Translate;
}) {
  return (
    <li className="rounded border border-gray-200 bg-white p-4">
      <h3 className="font-semibold">{task.title}</h3>
      {task.agency && (
        <p className="text-sm">
          <span className="text-muted">{t("conclusions.owner")}: </span>
          {locale === "en" ? task.agency.nameEn : task.agency.name}
        </p>
      )}
      <p className="mt-1 text-sm">{task.description}</p>
      <dl className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <div>
          <dt className="inline text-muted">{t("conclusions.dueOn")}: </dt>
          <dd className="inline">{task.dueOn ? formatDate(task.dueOn) : t("conclusions.noDue")}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("conclusions.statusLabel")}</dt>
          <dd className="inline">
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[task.status]}`}>
              {t(`conclusions.status.${task.status}`)}
            </span>
            {task.overdue && (
              <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">
                {t("conclusions.overdue")}
              </span>
            )}
          </dd>
        </div>
        <div className="min-w-40 flex-1">
          <dt className="sr-only">{t("conclusions.percent")}</dt>
          <dd className="flex items-center gap-2">
            <progress value={task.percent} max={100} className="h-2 w-full max-w-48" aria-hidden="true" />
            <span>{task.percent}%</span>
          </dd>
        </div>
      </dl>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-800">
          {t("conclusions.updates", { count: task.updates.length })}
        </summary>
        {task.updates.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t("conclusions.noUpdates")}</p>
        ) : (
          <ol className="mt-2 space-y-2 border-l-2 border-gray-200 pl-3 text-sm">
            {task.updates.map((update) => (
              <li key={update.id}>
                <p className="text-muted">
                  {t("conclusions.updateLine", {
                    who: update.author.name,
                    when: formatDateTime(update.createdAt),
                    status: t(`conclusions.status.${update.status}`),
                    percent: update.percent,
                  })}
                </p>
                {update.note && <p>{update.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </details>
      {task.canUpdate && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">
            {t("conclusions.recordProgress")}
          </summary>
          <div className="mt-2">
            <ProgressForm task={task} t={t} />
          </div>
        </details>
      )}
      {notice.canManage && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">
            {t("conclusions.editTask")}
          </summary>
          <div className="mt-2">
            <TaskForm noticeId={notice.id} task={task} agencies={agencies} locale={locale} t={t} />
          </div>
        </details>
      )}
    </li>
  );
}
