"use client";

import { slugify } from "@gafus/core/slugify";
import { useHydrated } from "@gafus/ui/client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { panelApi } from "./api";
import { FieldFrame, fieldAria, FormStatus, type TStatus } from "./fields";
import { failureText, fieldTexts } from "./errors";
import { fmt, type TLabels } from "./labels";

type TCourse = {
  id: string;
  title: string;
  slug: string;
  shortDescription: string;
  description: string;
  level: string;
  locale: string;
  visibility: string;
};

const LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"];

/** Creates a course or edits its details; the slug follows the title until the trainer edits it by hand. */
export function CourseForm({ course, L }: { course?: TCourse; L: TLabels }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [title, setTitle] = useState(course?.title ?? "");
  const [slug, setSlug] = useState(course?.slug ?? "");
  const [slugEdited, setSlugEdited] = useState(Boolean(course));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<TStatus>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      title,
      slug: slug.trim() || undefined,
      shortDescription: String(form.get("shortDescription") ?? ""),
      description: String(form.get("description") ?? ""),
      level: String(form.get("level")),
      locale: String(form.get("locale")),
      visibility: String(form.get("visibility")),
    };
    setBusy(true);
    const result = course
      ? await panelApi(`/courses/${course.id}`, { method: "PATCH", json: body })
      : await panelApi<{ course: { id: string } }>("/courses", { method: "POST", json: body });
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldTexts(L, result));
      return setStatus({ kind: "error", text: failureText(L, result) });
    }
    setErrors({});
    if (!course) return router.push(`/courses/${(result.data as { course: { id: string } }).course.id}`);
    setStatus({ kind: "success", text: fmt(L, "authoring.saved") });
    router.refresh();
  }

  const select = (id: string, label: string, options: string[], value: string, optionLabel: (v: string) => string) => (
    <FieldFrame id={id} label={label} error={errors[id]}>
      <select {...fieldAria(id, undefined, errors[id])} defaultValue={value}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </FieldFrame>
  );

  return (
    <form className="stack card" onSubmit={submit} noValidate aria-labelledby="course-form-title">
      <h2 id="course-form-title">{fmt(L, "authoring.course.details")}</h2>
      <FormStatus status={status} />
      <FieldFrame id="title" label={fmt(L, "authoring.field.title")} error={errors.title}>
        <input
          {...fieldAria("title", undefined, errors.title)}
          value={title}
          required
          maxLength={120}
          onChange={(e) => {
            setTitle(e.target.value);
            if (!slugEdited) setSlug(e.target.value.trim() ? slugify(e.target.value) : "");
          }}
        />
      </FieldFrame>
      <FieldFrame
        id="slug"
        label={fmt(L, "authoring.field.slug")}
        hint={fmt(L, "authoring.field.slugHint")}
        error={errors.slug}
      >
        <input
          {...fieldAria("slug", fmt(L, "authoring.field.slugHint"), errors.slug)}
          value={slug}
          maxLength={80}
          onChange={(e) => {
            setSlug(e.target.value);
            setSlugEdited(true);
          }}
        />
      </FieldFrame>
      <FieldFrame
        id="shortDescription"
        label={fmt(L, "authoring.field.shortDescription")}
        error={errors.shortDescription}
      >
        <input
          {...fieldAria("shortDescription", undefined, errors.shortDescription)}
          defaultValue={course?.shortDescription}
          maxLength={300}
        />
      </FieldFrame>
      <FieldFrame id="description" label={fmt(L, "authoring.field.description")} error={errors.description}>
        <textarea
          {...fieldAria("description", undefined, errors.description)}
          defaultValue={course?.description}
          rows={5}
        />
      </FieldFrame>
      <div className="form-grid">
        {select("level", fmt(L, "authoring.field.level"), LEVELS, course?.level ?? "BEGINNER", (v) =>
          fmt(L, `level.${v}`),
        )}
        {select("locale", fmt(L, "authoring.field.locale"), ["ru", "en"], course?.locale ?? "ru", (v) =>
          fmt(L, `locale.${v}`),
        )}
        {select(
          "visibility",
          fmt(L, "authoring.field.visibility"),
          ["PUBLIC", "PRIVATE"],
          course?.visibility ?? "PUBLIC",
          (v) => fmt(L, `authoring.visibility.${v}`),
        )}
      </div>
      <button className="button" type="submit" disabled={busy || !hydrated}>
        {course ? fmt(L, "authoring.save") : fmt(L, "authoring.create")}
      </button>
    </form>
  );
}
