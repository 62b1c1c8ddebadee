// One notice of conclusions: its text, the key tasks for communes and the assignments to provincial bodies, each
// with its progress updates; forms for those who may report progress or manage the tasks.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { ExpectedError } from "@/lib/errors";
import { getNotice, listCurrentAgencies, type NoticeDetail } from "@/lib/data/conclusions";
import { PageHeading } from "@/components/page-heading";
import { formatDate } from "@/lib/format";
import { TaskCard } from "./task-card";
import { TaskForm } from "./task-forms";

type Props = { params: Promise<{ id: string }> };

async function load(props: Props) {
  const actor = await requireUser();
  const id = Number((await props.params).id);
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  try {
    return { actor, notice: await getNotice(actor, id) };
  } catch (error) {
    if (error instanceof ExpectedError && error.code === "not-found") notFound();
    throw error;
  }
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const [{ notice }, { t }] = await Promise.all([load(props), getTranslator()]);
  return { title: `${notice.number} · ${t("conclusions.title")}` };
}

export default async function NoticePage(props: Props) {
  const [{ actor, notice }, { locale, t }] = await Promise.all([load(props), getTranslator()]);
  const agencies = notice.canManage ? await listCurrentAgencies(actor) : [];
  const section = (kind: NoticeDetail["tasks"][number]["kind"], headingKey: string) => {
    const tasks = notice.tasks.filter((task) => task.kind === kind);
    return (
      <section aria-labelledby={`tasks-${kind}`} className="mt-8">
        <h2 id={`tasks-${kind}`} className="mb-3 text-lg font-semibold">
          {t(headingKey)}
        </h2>
        {tasks.length === 0 ? (
          <p className="text-muted">{t("conclusions.noTasks")}</p>
        ) : (
          <ol className="space-y-3">
            {tasks.map((task) => (
              <TaskCard key={task.id} task={task} notice={notice} agencies={agencies} locale={locale} t={t} />
            ))}
          </ol>
        )}
      </section>
    );
  };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/conclusions" className="text-brand-800 underline">
          {t("conclusions.back")}
        </Link>
      </p>
      <PageHeading
        title={notice.title}
        intro={`${t("conclusions.numberAndDate", { number: notice.number, date: formatDate(notice.issuedOn) })} · ${t("conclusions.session")}: ${notice.session.code}`}
      />
      <article
        aria-label={t("conclusions.content")}
        className="space-y-3 rounded border border-gray-200 bg-white p-4"
      >
        {notice.content
          .split(/\n\s*\n/)
          .map((paragraph) => paragraph.trim())
          .filter(Boolean)
          .map((paragraph, k) => (
            <p key={k} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
      </article>
      {section("KEY_TASK", "conclusions.keyTasks")}
      {section("AGENCY_ASSIGNMENT", "conclusions.assignments")}
      {notice.canManage && (
        <section aria-labelledby="add-task" className="mt-8 rounded border border-gray-200 bg-white p-4">
          <h2 id="add-task" className="mb-3 text-lg font-semibold">
            {t("conclusions.addTask")}
          </h2>
          <TaskForm noticeId={notice.id} agencies={agencies} locale={locale} t={t} />
        </section>
      )}
    </>
  );
}
