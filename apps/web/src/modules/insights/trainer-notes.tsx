import type { TTranslate } from "@gafus/ui/i18n";

type TNote = {
  id: string;
  content: string;
  tags: string[];
  createdAt: Date;
  author: { name: string };
  course: { title: string; slug: string } | null;
};

/** Notes trainers marked visible to this student (profile page). */
export function TrainerNotes({
  notes,
  t,
  locale,
  timeZone,
}: {
  notes: TNote[];
  t: TTranslate;
  locale: string;
  timeZone: string;
}) {
  return (
    <section
      className="card narrow stack"
      style={{ marginTop: "1.5rem" }}
      aria-labelledby="trainer-notes-title"
      data-testid="trainer-notes"
    >
      <h2 id="trainer-notes-title">{t("insights.web.notes")}</h2>
      {notes.length === 0 ? (
        <p className="muted">{t("insights.web.notesEmpty")}</p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {notes.map((note) => (
            <li
              key={note.id}
              className="stack"
              style={{ borderTop: "1px solid var(--color-border)", paddingTop: "0.75rem" }}
            >
              <p className="small muted">
                {note.author.name} · {note.createdAt.toLocaleDateString(locale, { timeZone })}
                {note.course && (
                  <>
                    {" · "}
                    <a href={`/courses/${note.course.slug}`}>{note.course.title}</a>
                  </>
                )}
              </p>
              <p className="pre-wrap">{note.content}</p>
              {note.tags.length > 0 && (
                <p className="row wrap">
                  {note.tags.map((tag) => (
                    <span key={tag} className="tag">
                      #{tag}
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
