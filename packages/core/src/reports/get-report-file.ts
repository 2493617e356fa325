import type { TActor } from "@gafus/auth/policy";
import type { TDb } from "@gafus/prisma";
import { getObject, type TStorage } from "@gafus/storage";
import { AppError } from "../errors/app-error";
import { findOwnReport } from "./find-own-report";
import { REPORT_CONTENT_TYPE } from "./report-files";

/** The finished file of a report as a stream from S3; only its requester or an admin, only once it is ready. */
export async function getReportFile({
  db,
  storage,
  actor,
  reportId,
}: {
  db: TDb;
  storage: TStorage;
  actor: TActor;
  reportId: string;
}) {
  const report = await findOwnReport({ db, actor, reportId });
  if (report.status !== "READY" || !report.fileKey) {
    throw new AppError("conflict", "The report is not ready yet.", { status: report.status });
  }
  const object = await getObject(storage, report.fileKey);
  if (!object.body) throw new AppError("not_found", "The file is gone.");
  return {
    body: object.body.nodeStream(),
    size: object.contentLength ?? null,
    fileName: report.fileName ?? `report-${report.id}`,
    contentType: REPORT_CONTENT_TYPE[report.type],
  };
}
