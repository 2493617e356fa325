import type { ReactNode } from "react";

type TFieldProps = { id: string; label: string; hint?: string; error?: string[] };

function describedBy(id: string, hint?: string, error?: string[]) {
  return [hint && `${id}-hint`, error?.length && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

/** Label, control, hint and error wired together with aria-describedby, so the error is read with the field. */
export function FieldFrame({ id, label, hint, error, children }: TFieldProps & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error?.length ? (
        <p className="error" id={`${id}-error`}>
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function fieldAria(id: string, hint?: string, error?: string[]) {
  return {
    id,
    name: id,
    "aria-invalid": error?.length ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
  };
}

/** The result line of a form: errors are announced assertively, success politely. */
export function FormStatus({ status }: { status: { kind: "success" | "error"; text: string } | null }) {
  if (!status) return null;
  return (
    <p className={`alert ${status.kind}`} role={status.kind === "error" ? "alert" : "status"}>
      {status.text}
    </p>
  );
}

export type TStatus = { kind: "success" | "error"; text: string } | null;
