import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiCall } from "./api-client";
import { readAnswer } from "./api-failure";

// A real HTTP server answering the way our routes, nginx and a crashed app do; apiCall talks to it with fetch.
let server: Server;
let base: string;

const tooLong = {
  error: "validation_failed",
  message: "Some fields are invalid.",
  code: 400,
  details: {
    fields: { title: ["Too big"], days: ["Too small"] },
    issues: [
      { field: "title", code: "too_long", limit: 200, message: "Too big" },
      { field: "days", code: "too_few", limit: 1, message: "Too small" },
    ],
  },
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      response.writeHead(status, headers);
      response.end(body);
    };
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      send(status, JSON.stringify(body), { "content-type": "application/json", ...headers });
    if (request.url === "/too-long") return json(400, tooLong);
    if (request.url === "/constructor") {
      return json(400, {
        ...tooLong,
        details: { issues: [{ field: "constructor", code: "required", message: "Required" }] },
      });
    }
    if (request.url === "/own-check") {
      return json(400, {
        error: "validation_failed",
        message: "Choose one of your own pets.",
        code: 400,
        details: { fields: { petId: ["Unknown pet"] } },
      });
    }
    if (request.url === "/gone")
      return json(404, { error: "not_found", message: "No such note.", code: 404, details: {} });
    if (request.url === "/slow-down") {
      return json(
        429,
        { error: "rate_limited", message: "Too many.", code: 429, details: {} },
        { "retry-after": "120" },
      );
    }
    if (request.url === "/crash")
      return send(500, "<html><body>Internal Server Error</body></html>", { "content-type": "text/html" });
    if (request.url === "/gateway") return send(413, "<html>413 Request Entity Too Large</html>");
    if (request.url === "/nothing") return send(204, "");
    if (request.url === "/echo") {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () =>
        json(200, {
          method: request.method,
          type: request.headers["content-type"],
          body: JSON.parse(String(Buffer.concat(chunks))),
        }),
      );
      return;
    }
    send(404, "");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("apiCall: the platform's error format in the reader's language", () => {
  it("says each field issue in Russian, with its limit, grouped by field and joined into one message", async () => {
    const result = await apiCall(`${base}/too-long`, { method: "POST", json: { title: "x" }, locale: "ru" });
    expect(result).toMatchObject({
      ok: false,
      status: 400,
      error: "validation_failed",
      message: "Максимум символов: 200. Выберите хотя бы 1.",
      fields: { title: ["Максимум символов: 200."], days: ["Выберите хотя бы 1."] },
    });
  });

  it("says the same issues in English", async () => {
    const result = await apiCall(`${base}/too-long`, { method: "POST", json: {}, locale: "en" });
    expect(result).toMatchObject({
      message: "At most 200 characters. Choose at least 1.",
      fields: { title: ["At most 200 characters."], days: ["Choose at least 1."] },
    });
  });

  it("keeps a field named like an Object member (constructor) as an ordinary field", async () => {
    const result = await apiCall(`${base}/constructor`, { locale: "en" });
    expect(result).toMatchObject({ message: "Fill in this field.", fields: { constructor: ["Fill in this field."] } });
  });

  it("frames a use case's own check, which names the problem only in its sentence", async () => {
    const result = await apiCall(`${base}/own-check`, { locale: "ru" });
    expect(result).toMatchObject({
      message: "Проверьте значение: Choose one of your own pets.",
      fields: { petId: ["Проверьте значение: Unknown pet"] },
    });
  });

  it("explains an error code by itself, not with the server's English sentence", async () => {
    expect(await apiCall(`${base}/gone`, { method: "DELETE", locale: "ru" })).toMatchObject({
      status: 404,
      error: "not_found",
      message: "Не найдено: возможно, это уже удалено. Обновите страницу.",
    });
    expect(await apiCall(`${base}/gone`, { locale: "en" })).toMatchObject({
      message: "It was not found: it may have been removed. Reload the page.",
    });
  });

  it("says how long to wait when rate limited, from Retry-After", async () => {
    const result = await apiCall(`${base}/slow-down`, { method: "POST", locale: "ru" });
    expect(result).toMatchObject({
      error: "rate_limited",
      retryAfterSeconds: 120,
      message: "Слишком много попыток. Повторите через 2 мин.",
    });
  });
});

describe("apiCall: answers outside the format and no answer at all", () => {
  it("turns a refused connection into a translated network failure", async () => {
    const closed = createServer();
    closed.listen(0, "127.0.0.1");
    await once(closed, "listening");
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await apiCall(url, { locale: "ru" })).toEqual({
      ok: false,
      status: 0,
      error: "network",
      message: "Нет связи с сервером. Проверьте подключение к интернету и попробуйте ещё раз.",
      fields: {},
      details: {},
      retryAfterSeconds: null,
    });
    expect(await apiCall(url, { locale: "en" })).toMatchObject({
      message: "No connection to the server. Check your internet connection and try again.",
    });
  });

  it("turns a 500 with an HTML page into a translated unexpected answer naming the status", async () => {
    expect(await apiCall(`${base}/crash`, { locale: "ru" })).toMatchObject({
      ok: false,
      status: 500,
      error: "unexpected_response",
      message: "Сервер ответил непредвиденно (HTTP 500). Попробуйте ещё раз позже.",
    });
    expect(await apiCall(`${base}/crash`, { locale: "en" })).toMatchObject({
      message: "The server gave an unexpected answer (HTTP 500). Please try again later.",
    });
  });

  it("explains a proxy's own 413 page by its status", async () => {
    expect(await apiCall(`${base}/gateway`, { method: "POST", locale: "en" })).toMatchObject({
      error: "payload_too_large",
      message: "The file is too large.",
    });
  });

  it("reads a 204 as success without data", async () => {
    expect(await apiCall(`${base}/nothing`, { method: "DELETE" })).toEqual({ ok: true, status: 204, data: null });
  });

  it("sends JSON and returns the parsed answer", async () => {
    expect(await apiCall(`${base}/echo`, { method: "PUT", json: { favorite: true } })).toEqual({
      ok: true,
      status: 200,
      data: { method: "PUT", type: "application/json", body: { favorite: true } },
    });
  });

  it("reads an upload's cancel and a 2xx that is not JSON as failures too", () => {
    expect(readAnswer({ kind: "aborted" }, "ru")).toMatchObject({ error: "aborted", message: "Отменено." });
    expect(readAnswer({ kind: "answer", status: 200, text: "<html>", retryAfter: null }, "en")).toMatchObject({
      ok: false,
      error: "unexpected_response",
      message: "The server gave an unexpected answer (HTTP 200). Please try again later.",
    });
    expect(readAnswer({ kind: "answer", status: 200, text: "", retryAfter: null })).toEqual({
      ok: true,
      status: 200,
      data: null,
    });
  });
});
