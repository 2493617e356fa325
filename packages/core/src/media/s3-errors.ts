import { AppError } from "../errors/app-error";

/** S3 answers a missing key or an impossible range with errors; to a client they are a 404 and a 416, not a 500. */
export function mapS3ReadError(error: unknown): never {
  const name = (error as { name?: string } | null)?.name;
  if (name === "NoSuchKey" || name === "NotFound") throw new AppError("not_found", "The file is gone.");
  if (name === "InvalidRange") throw new AppError("range_not_satisfiable", "The requested range is outside the file.");
  throw error;
}
