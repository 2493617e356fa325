"use client";

import { useHydrated } from "@gafus/ui/client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { panelApi } from "./api";
import { FormStatus, type TStatus } from "./fields";
import { failureText } from "./errors";
import { fmt, type TLabels } from "./labels";

/** Publish / unpublish; a refusal (no days, an empty day) is shown as the server words it. */
export function PublishControls({
  courseId,
  isPublished,
  canPublish,
  L,
}: {
  courseId: string;
  isPublished: boolean;
  canPublish: boolean;
  L: TLabels;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<TStatus>(null);
  async function act(action: "publish" | "unpublish") {
    setBusy(true);
    const result = await panelApi(`/courses/${courseId}/${action}`, { method: "POST" });
    setBusy(false);
    if (!result.ok) return setStatus({ kind: "error", text: failureText(L, result) });
    setStatus({
      kind: "success",
      text: fmt(L, action === "publish" ? "authoring.published" : "authoring.unpublished"),
    });
    router.refresh();
  }
  return (
    <div className="stack">
      <FormStatus status={status} />
      <div className="row wrap">
        {isPublished ? (
          <button
            className="button secondary"
            type="button"
            disabled={busy || !hydrated}
            onClick={() => act("unpublish")}
          >
            {fmt(L, "authoring.unpublish")}
          </button>
        ) : (
          canPublish && (
            <button className="button" type="button" disabled={busy || !hydrated} onClick={() => act("publish")}>
              {fmt(L, "authoring.publish")}
            </button>
          )
        )}
      </div>
    </div>
  );
}
