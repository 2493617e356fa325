import { createECDH, createPublicKey, randomBytes, verify } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { Agent, createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type TPushReceipt = {
  subscription: string;
  topic: string | null;
  ttl: string | null;
  bytes: number;
  /** When it was accepted (ms since the epoch), for rate-limit tests. */
  at: number;
};

/** A self-signed certificate for 127.0.0.1 (Web Push endpoints must be HTTPS), made with the system openssl. */
export function makeSelfSignedCert(): { key: string; cert: string; certFile: string } {
  const dir = mkdtempSync(join(tmpdir(), "gafus-cert-"));
  const keyFile = join(dir, "key.pem");
  const certFile = join(dir, "cert.pem");
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1"]
      .concat(["-keyout", keyFile, "-out", certFile, "-subj", "/CN=127.0.0.1"])
      .concat(["-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"]),
    { stdio: "ignore" },
  );
  return { key: readFileSync(keyFile, "utf8"), cert: readFileSync(certFile, "utf8"), certFile };
}

/** Checks the VAPID `Authorization: vapid t=<JWT>, k=<public key>` header: ES256 signature and audience. */
function verifyVapid(header: string | undefined, origin: string, expectedKey: string | undefined): boolean {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? "");
  if (!match) return false;
  const [, jwt, key] = match as unknown as [string, string, string];
  if (expectedKey && key !== expectedKey) return false;
  const [head, body, signature] = jwt.split(".");
  if (!head || !body || !signature) return false;
  const point = Buffer.from(key, "base64url");
  const publicKey = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33, 65).toString("base64url"),
    },
    format: "jwk",
  });
  const isSigned = verify(
    "sha256",
    Buffer.from(`${head}.${body}`),
    { key: publicKey, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  const claims = JSON.parse(Buffer.from(body, "base64url").toString()) as { aud?: string; exp?: number };
  return isSigned && claims.aud === origin && (claims.exp ?? 0) * 1000 > Date.now();
}

/**
 * A local push service speaking the Web Push protocol (RFC 8030/8291/8292): POST /push/<name> with an encrypted
 * body and a VAPID header answers 201, or 410 for a subscription marked gone. Counts accepted messages per Topic
 * header (our delivery id), so a test sees every duplicate. In `hold` mode requests wait unanswered; a request
 * whose sender dies before the answer is not accepted (the sender could not know it arrived). `throttle(n, s)`
 * answers the next n requests 429 with `Retry-After: s`, as a push service enforcing its rate limit does.
 */
export async function startFakePushService({ vapidPublicKey }: { vapidPublicKey?: string } = {}) {
  const tls = makeSelfSignedCert();
  const accepted: TPushReceipt[] = [];
  const gone = new Set<string>();
  const held: (() => void)[] = [];
  let received = 0;
  let rejected = 0;
  let throttleLeft = 0;
  let retryAfterSeconds = 1;
  const throttledAt: number[] = [];
  let hold = false;
  let origin = "";
  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received += 1;
      const name = decodeURIComponent((req.url ?? "").replace(/^\/push\//, ""));
      if (req.method !== "POST" || !verifyVapid(req.headers.authorization, origin, vapidPublicKey)) {
        rejected += 1;
        return res.writeHead(401).end();
      }
      if (req.headers["content-encoding"] !== "aes128gcm" || chunks.length === 0) {
        rejected += 1;
        return res.writeHead(400).end();
      }
      if (gone.has(name)) return res.writeHead(410).end("subscription expired");
      if (throttleLeft > 0) {
        throttleLeft -= 1;
        throttledAt.push(Date.now());
        return res.writeHead(429, { "retry-after": String(retryAfterSeconds) }).end("too many requests");
      }
      const answer = () => {
        if (res.destroyed || req.socket.destroyed) return;
        accepted.push({
          subscription: name,
          topic: (req.headers.topic as string | undefined) ?? null,
          ttl: (req.headers.ttl as string | undefined) ?? null,
          bytes: Buffer.concat(chunks).length,
          at: Date.now(),
        });
        res.writeHead(201, { location: `/messages/${randomBytes(6).toString("hex")}` }).end();
      };
      if (hold) held.push(answer);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  origin = `https://127.0.0.1:${port}`;

  return {
    origin,
    caFile: tls.certFile,
    agent: new Agent({ ca: tls.cert }),
    accepted,
    get received() {
      return received;
    },
    get rejected() {
      return rejected;
    },
    get heldCount() {
      return held.length;
    },
    /** A browser-like subscription: a fresh P-256 key pair and auth secret, as PushSubscription.toJSON() gives. */
    subscription(name = randomBytes(6).toString("hex")) {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      return {
        endpoint: `${origin}/push/${name}`,
        keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") },
      };
    },
    markGone: (name: string) => gone.add(name),
    throttle(count: number, retryAfter: number) {
      throttleLeft = count;
      retryAfterSeconds = retryAfter;
    },
    /** When each 429 was answered. */
    throttledAt,
    setHold(value: boolean) {
      hold = value;
      if (!value) for (const answer of held.splice(0)) answer();
    },
    /** Accepted messages per Topic: the test's duplicate detector. */
    countsByTopic() {
      const counts = new Map<string, number>();
      for (const r of accepted) if (r.topic) counts.set(r.topic, (counts.get(r.topic) ?? 0) + 1);
      return counts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
export type TFakePushService = Awaited<ReturnType<typeof startFakePushService>>;
