import { AppError, isUuid, listStudentNotes, ZNoteTag } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import { SectionShell } from "@gafus/ui";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "@/modules/stats/insights.css";
import { NoteForm } from "@/modules/notes/note-form";
import { NoteItem } from "@/modules/notes/note-item";
import { getPageContext } from "@/server/page-context";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Student notes · Gafus" };

async function load(actor: Parameters<typeof listStudentNotes>[0]["actor"], studentId: string, tag: string | null) {
  try {
    return await listStudentNotes({ db: getDb(), actor, studentId, tag });
  } catch (error) {
    if (error instanceof AppError && (error.status === 404 || error.status === 403)) notFound();
    throw error;
  }
}

export default async function StudentNotesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tag?: string }>;
}) {
  const { id } = await params;
  const { tag: rawTag } = await searchParams;
  const ctx = await getPageContext(`/students/${id}`);
  const { t } = ctx;
  if (!ctx.allowed)
    return (
      <SectionShell ctx={ctx} brandHref="/trainer">
        {null}
      </SectionShell>
    );
  if (!isUuid(id)) notFound();
  const parsedTag = rawTag ? ZNoteTag.safeParse(rawTag) : null;
  const tag = parsedTag?.success ? parsedTag.data : null;
  const { student, courses, notes, tags: allTags } = await load(ctx.user, id, tag);
  const noteLabels = {
    edit: t("insights.notes.edit"),
    save: t("insights.notes.save"),
    cancel: t("insights.notes.cancel"),
    delete: t("insights.notes.delete"),
    confirmDelete: t("insights.notes.confirmDelete"),
    content: t("insights.notes.content"),
    tags: t("insights.notes.tags"),
    visible: t("insights.notes.visible"),
    visibleBadge: t("insights.notes.visibleBadge"),
    privateBadge: t("insights.notes.privateBadge"),
  };
  return (
    <SectionShell ctx={ctx} brandHref="/trainer">
      <article className="stack">
        <p>
          <a href="/trainer/students">← {t("insights.notes.back")}</a>
        </p>
        <h1>{t("insights.notes.title", { name: student.name })}</h1>
        <p className="muted">{student.email}</p>
        <NoteForm
          studentId={student.id}
          courses={courses}
          labels={{
            title: t("insights.notes.new"),
            content: t("insights.notes.content"),
            tags: t("insights.notes.tags"),
            tagsHint: t("insights.notes.tagsHint"),
            course: t("insights.notes.course"),
            anyCourse: t("insights.notes.anyCourse"),
            visible: t("insights.notes.visible"),
            add: t("insights.notes.add"),
          }}
        />
        <form className="tag-filter" method="get" role="search" aria-label={t("insights.notes.filter")}>
          <div className="field">
            <label htmlFor="tag-filter">{t("insights.notes.filter")}</label>
            <select id="tag-filter" name="tag" defaultValue={tag ?? ""}>
              <option value="">{t("insights.notes.allTags")}</option>
              {allTags.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <button className="button secondary" type="submit">
            {t("insights.notes.apply")}
          </button>
        </form>
        {notes.length === 0 ? (
          <p className="muted">{t("insights.notes.empty")}</p>
        ) : (
          <ol className="note-list" aria-label={t("insights.students.notes")}>
            {notes.map((note) => (
              <NoteItem
                key={note.id}
                note={{
                  id: note.id,
                  content: note.content,
                  tags: note.tags,
                  visibleToStudent: note.visibleToStudent,
                  when: note.createdAt.toLocaleString(ctx.locale, { timeZone: ctx.user.timezone }),
                  course: note.course?.title ?? null,
                  author: note.authorId === ctx.user.id ? null : t("insights.notes.by", { name: note.author.name }),
                  isMine: note.authorId === ctx.user.id,
                }}
                labels={noteLabels}
              />
            ))}
          </ol>
        )}
      </article>
    </SectionShell>
  );
}
