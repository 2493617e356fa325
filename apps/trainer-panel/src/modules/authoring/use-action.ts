"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { panelApi } from "./api";
import type { TStatus } from "./fields";
import { failureText, fieldTexts } from "./errors";
import type { TLabels } from "./labels";

/**
 * One JSON call with the state every small form needs: busy flag, field errors, an announced status line, and
 * what to do on success (go somewhere, or refresh the server-rendered page).
 */
export function useAction(L: TLabels) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<TStatus>(null);

  async function run<T>(
    path: string,
    method: string,
    body: unknown,
    onDone: { goTo?: (data: T) => string; success?: string } = {},
  ): Promise<boolean> {
    setBusy(true);
    const result = await panelApi<T>(path, { method, json: body });
    setBusy(false);
    if (!result.ok) {
      setErrors(fieldTexts(L, result));
      setStatus({ kind: "error", text: failureText(L, result) });
      return false;
    }
    setErrors({});
    if (onDone.goTo) {
      // The router adds the app's basePath itself; hrefs built for <a> already carry it.
      router.push(onDone.goTo(result.data).replace(/^\/trainer(?=\/)/, ""));
      return true;
    }
    setStatus(onDone.success ? { kind: "success", text: onDone.success } : null);
    router.refresh();
    return true;
  }

  return { busy, errors, status, run };
}
