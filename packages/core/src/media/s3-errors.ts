import { readFailure } from "@gafus/storage";
import { AppError } from "../errors/app-error";

/** S3 answers a missing key or an impossible range with errors; to a client they are a 404 and a 416, not a 500. */
export function mapS3ReadError(error: unknown): never {
  const failure = readFailure(error);
  if (failure === "missing") throw new AppError("not_found", "The file is gone.");
  if (failure === "invalid_range")
    throw new AppError("range_not_satisfiable", "The requested range is outside the file.");
  throw error;
}
