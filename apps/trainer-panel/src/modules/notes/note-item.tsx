"use client";

import { useHydrated } from "@gafus/ui/client";
import { useState, type FormEvent } from "react";
import { panelApi } from "../authoring/api";
import { parseTags } from "./parse-tags";

type TNote = {
  id: string;
  content: string;
  tags: string[];
  visibleToStudent: boolean;
  when: string;
  course: string | null;
  author: string | null;
  isMine: boolean;
};
type TLabels = Record<
  | "edit"
  | "save"
  | "cancel"
  | "delete"
  | "confirmDelete"
  | "content"
  | "tags"
  | "visible"
  | "visibleBadge"
  | "privateBadge",
  string
>;

/** One entry of the notes timeline; its author may edit it in place or delete it. */
export function NoteItem({ note, labels }: { note: TNote; labels: TLabels }) {
  const hydrated = useHydrated();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function send(method: "PATCH" | "DELETE", body?: unknown) {
    setError(null);
    const result = await panelApi(`/notes/${note.id}`, { method, json: body });
    if (result.ok) return window.location.reload();
    setError(result.message);
  }
  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    void send("PATCH", {
      content: String(data.get("content") ?? ""),
      tags: parseTags(String(data.get("tags") ?? "")),
      visibleToStudent: data.get("visibleToStudent") === "on",
    });
  }
  const field = (name: string) => `note-${note.id}-${name}`;
  return (
    <li className="card stack" data-testid="note">
      <p className="small muted">
        {note.when}
        {note.course && ` · ${note.course}`}
        {note.author && ` · ${note.author}`} ·{" "}
        <span className={note.visibleToStudent ? "tag" : "tag muted"}>
          {note.visibleToStudent ? labels.visibleBadge : labels.privateBadge}
        </span>
      </p>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {editing ? (
        <form className="stack" onSubmit={save}>
          <div className="field">
            <label htmlFor={field("content")}>{labels.content}</label>
            <textarea
              id={field("content")}
              name="content"
              rows={3}
              maxLength={4000}
              defaultValue={note.content}
              required
            />
          </div>
          <div className="field">
            <label htmlFor={field("tags")}>{labels.tags}</label>
            <input id={field("tags")} name="tags" defaultValue={note.tags.join(", ")} />
          </div>
          <div className="field checkbox insights-checkbox">
            <input
              id={field("visible")}
              name="visibleToStudent"
              type="checkbox"
              defaultChecked={note.visibleToStudent}
            />
            <label htmlFor={field("visible")}>{labels.visible}</label>
          </div>
          <p className="row">
            <button className="button" type="submit">
              {labels.save}
            </button>
            <button className="button secondary" type="button" onClick={() => setEditing(false)}>
              {labels.cancel}
            </button>
          </p>
        </form>
      ) : (
        <>
          <p className="pre-wrap">{note.content}</p>
          {note.tags.length > 0 && (
            <p className="row wrap">
              {note.tags.map((tag) => (
                <a key={tag} className="tag" href={`?tag=${encodeURIComponent(tag)}`}>
                  #{tag}
                </a>
              ))}
            </p>
          )}
          {note.isMine && (
            <p className="row">
              <button
                className="button secondary small"
                type="button"
                disabled={!hydrated}
                onClick={() => setEditing(true)}
              >
                {labels.edit}
              </button>
              <button
                className="button secondary small"
                type="button"
                disabled={!hydrated}
                onClick={() => window.confirm(labels.confirmDelete) && void send("DELETE")}
              >
                {labels.delete}
              </button>
            </p>
          )}
        </>
      )}
    </li>
  );
}
