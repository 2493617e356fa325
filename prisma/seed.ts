// Demo data for a newcomer's first start. Safe to run again: existing rows are kept as they are.
import { hashPassword } from "@gafus/auth";
import { getDb } from "@gafus/prisma";
import { ensureBuiltInStepTemplates, ensureCourse, ensureUser } from "@gafus/prisma/factories";
import { looseLeashEn } from "./demo/loose-leash-en";
import { puppyBasicsRu } from "./demo/puppy-basics-ru";

export const DEMO_PASSWORD = "gafus-demo-2026";

const DEMO_USERS = [
  { email: "admin@gafus.local", name: "Алексей Админов", role: "ADMIN", locale: "ru" },
  { email: "moderator@gafus.local", name: "Мария Модератор", role: "MODERATOR", locale: "ru" },
  { email: "trainer@gafus.local", name: "Ирина Кинолог", role: "TRAINER", locale: "ru" },
  { email: "coach@gafus.local", name: "Emma Coach", role: "TRAINER", locale: "en", timezone: "Europe/London" },
  { email: "student@gafus.local", name: "Ольга Студентова", role: "USER", locale: "ru" },
  { email: "student.en@gafus.local", name: "Sam Student", role: "USER", locale: "en", timezone: "Europe/London" },
] as const;

async function main() {
  const db = getDb();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, string>();
  for (const user of DEMO_USERS) users.set(user.email, (await ensureUser(db, { ...user, passwordHash })).id);
  await ensureCourse(db, users.get("trainer@gafus.local")!, puppyBasicsRu);
  await ensureCourse(db, users.get("coach@gafus.local")!, looseLeashEn);
  await ensureBuiltInStepTemplates(db);
  console.log(`seeded ${DEMO_USERS.length} demo users (password: ${DEMO_PASSWORD}) and 2 demo courses`);
  await db.$disconnect();
}

await main();
