// Course statistics and the progress CSV on a large course: how long a trainer waits. The numbers are aggregated by
// PostgreSQL, so the time should grow with the rows scanned, not with round trips. Usage: npm run bench:insights
import { Writable } from "node:stream";
import { createProgressCsv, getCourseStats, listStatsCourses } from "@gafus/core";
import { createTestDatabase, makeCourse, makeUser } from "@gafus/testing";
import { percentiles } from "./stats";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 5000);
const RUNS = 20;

async function main() {
  const t = await createTestDatabase();
  try {
    const trainer = await makeUser(t.db, { role: "TRAINER" });
    const course = await makeCourse(t.db, trainer.id);
    const started = performance.now();
    // Students, enrolments and progress thinning out day by day (all of day 1, about half of day 2, a third of day 3),
    // written by PostgreSQL itself (fast set-up).
    await t.db.$executeRaw`
      INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt")
      SELECT gen_random_uuid(), 'bench-' || g || '@example.test', 'Student ' || g, 'x', now()
      FROM generate_series(1, ${STUDENTS}) g`;
    await t.db.$executeRaw`
      INSERT INTO "Enrollment" (id, "userId", "courseId")
      SELECT gen_random_uuid(), u.id, ${course.id}::uuid FROM "User" u WHERE u.email LIKE 'bench-%'`;
    await t.db.$executeRaw`
      INSERT INTO "UserStep" (id, "userId", "dayOnCourseId", "stepOnDayId", status, "elapsedMs", "completedAt", "updatedAt")
      SELECT gen_random_uuid(), e."userId", d.id, sod.id, 'COMPLETED', (random() * 5000)::int,
        now() - (random() * interval '20 days'), now() - (random() * interval '20 days')
      FROM "Enrollment" e
      JOIN "DayOnCourse" d ON d."courseId" = e."courseId"
      JOIN "StepOnDay" sod ON sod."dayId" = d."dayId"
      WHERE e."courseId" = ${course.id}::uuid AND abs(hashtext(e.id::text)) % d."order" = 0`;
    await t.db.$executeRaw`ANALYZE`;
    const rows = await t.db.userStep.count();
    console.log(
      `\n${STUDENTS} students, ${rows} progress rows (set-up ${Math.round(performance.now() - started)} ms)\n`,
    );

    const time = async (label: string, run: () => Promise<unknown>) => {
      await run(); // warm-up
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await run();
        samples.push(performance.now() - t0);
      }
      console.log(label.padEnd(34), JSON.stringify(percentiles(samples)), "ms");
    };
    await time("course statistics (getCourseStats)", () =>
      getCourseStats({ db: t.db, actor: trainer, courseId: course.id }),
    );
    await time("course list (listStatsCourses)", () => listStatsCourses({ db: t.db, actor: trainer }));
    const t0 = performance.now();
    let bytes = 0;
    const csv = await createProgressCsv({ db: t.db, courseId: course.id });
    await new Promise<void>((resolve, reject) =>
      csv
        .pipe(new Writable({ write: (chunk: Buffer, _e, done) => ((bytes += chunk.length), done()) }))
        .on("finish", resolve)
        .on("error", reject),
    );
    const ms = performance.now() - t0;
    console.log(
      "progress CSV (all students)".padEnd(34),
      `${Math.round(ms)} ms, ${Math.round(STUDENTS / (ms / 1000))} rows/s, ${Math.round(bytes / 1024)} KiB`,
    );
  } finally {
    await t.drop();
  }
}

await main();
