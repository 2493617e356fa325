"use client";

import { apiCall, useHydrated } from "@gafus/ui/client";
import { useEffect, useState } from "react";
import { StatusMessage } from "../common/status-message";

export type TPushLabels = {
  title: string;
  enable: string;
  disable: string;
  on: string;
  off: string;
  denied: string;
  unsupported: string;
  notConfigured: string;
  devices: string;
  failed: string;
};

type TState = "checking" | "unsupported" | "not-configured" | "denied" | "on" | "off";

/** base64url VAPID key → the bytes PushManager.subscribe expects. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const raw = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(raw.length));
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/**
 * Web Push in this browser: registers /sw.js, asks for permission only when the student presses the button, and
 * stores or removes the subscription through /api/v1/me/push-subscriptions. Shows the current state in words.
 */
export function PushToggle({ publicKey, labels }: { publicKey: string | null; labels: TPushLabels }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<TState>("checking");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void (async () => {
      if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) {
        return setState("unsupported");
      }
      if (!publicKey) return setState("not-configured");
      const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
      if (Notification.permission === "denied") return setState("denied");
      const existing = await registration.pushManager.getSubscription();
      setState(existing ? "on" : "off");
    })().catch(() => setState("unsupported"));
  }, [publicKey]);

  async function turnOn() {
    setBusy(true);
    setError(null);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") return setState(permission === "denied" ? "denied" : "off");
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey ?? ""),
      });
      const saved = await apiCall("/api/v1/me/push-subscriptions", {
        method: "POST",
        json: { ...subscription.toJSON(), userAgent: navigator.userAgent.slice(0, 300) },
      });
      if (!saved.ok) return setError(saved.message);
      setState("on");
    } catch {
      setError(labels.failed);
    } finally {
      setBusy(false);
    }
  }

  async function turnOff() {
    setBusy(true);
    setError(null);
    try {
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.getSubscription();
      if (subscription) {
        const removed = await apiCall("/api/v1/me/push-subscriptions", {
          method: "DELETE",
          json: { endpoint: subscription.endpoint },
        });
        // 404: the server had already forgotten it (the push service said it is gone), which is what we want.
        if (!removed.ok && removed.status !== 404) return setError(removed.message);
        await subscription.unsubscribe();
      }
      setState("off");
    } catch {
      setError(labels.failed);
    } finally {
      setBusy(false);
    }
  }

  const text: Record<TState, string> = {
    checking: "…",
    unsupported: labels.unsupported,
    "not-configured": labels.notConfigured,
    denied: labels.denied,
    on: labels.on,
    off: labels.off,
  };
  return (
    <section className="stack" aria-labelledby="push-title">
      <h3 id="push-title">{labels.title}</h3>
      <p aria-live="polite" data-push-state={state}>
        {text[state]}
      </p>
      <p className="muted">{labels.devices}</p>
      <StatusMessage status={error ? { kind: "error", text: error } : null} />
      {state === "off" && (
        <button className="button" type="button" onClick={turnOn} disabled={!hydrated || busy}>
          {labels.enable}
        </button>
      )}
      {state === "on" && (
        <button className="button secondary" type="button" onClick={turnOff} disabled={!hydrated || busy}>
          {labels.disable}
        </button>
      )}
    </section>
  );
}
