import { appEnv } from "@gafus/config";
import pino, { type DestinationStream, type Logger } from "pino";
import { currentContext } from "./request-context";

export type TLogger = Logger;

// Anything that can carry a secret is censored wherever it sits in a log object (pino's fast-redact paths).
export const REDACT_PATHS = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "cookie",
  "*.cookie",
  "headers.authorization",
  "headers.cookie",
  "req.headers.authorization",
  "req.headers.cookie",
];

/**
 * One JSON line per event: time, level, service, msg, plus requestId/correlationId/userId of the request or job in
 * progress (read from the async context, so no logger has to be handed down through every call).
 */
export function createLogger(service: string, destination?: DestinationStream): Logger {
  const { LOG_LEVEL } = appEnv();
  return pino(
    {
      level: LOG_LEVEL,
      base: { service },
      messageKey: "msg",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      mixin: () => ({ ...currentContext() }),
    },
    destination,
  );
}
