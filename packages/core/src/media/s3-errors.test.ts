import { describe, expect, it } from "vitest";
import { mapS3ReadError } from "./s3-errors";

describe("mapS3ReadError", () => {
  it("turns a missing object into a 404 and an impossible range into a 416", () => {
    expect(() => mapS3ReadError(Object.assign(new Error("gone"), { name: "NoSuchKey" }))).toThrow(
      expect.objectContaining({ error: "not_found", status: 404 }),
    );
    expect(() => mapS3ReadError(Object.assign(new Error("head"), { name: "NotFound" }))).toThrow(
      expect.objectContaining({ status: 404 }),
    );
    expect(() => mapS3ReadError(Object.assign(new Error("range"), { name: "InvalidRange" }))).toThrow(
      expect.objectContaining({ error: "range_not_satisfiable", status: 416 }),
    );
  });

  it("passes any other S3 failure on unchanged, so it is logged as a server error", () => {
    const outage = Object.assign(new Error("down"), { name: "ServiceUnavailable" });
    expect(() => mapS3ReadError(outage)).toThrow(outage);
  });
});
