/** A result line that screen readers announce: errors assertively, success politely. */
export function StatusMessage({ status }: { status: { kind: "success" | "error"; text: string } | null }) {
  if (!status) return null;
  return (
    <p className={`alert ${status.kind}`} role={status.kind === "error" ? "alert" : "status"}>
      {status.text}
    </p>
  );
}
