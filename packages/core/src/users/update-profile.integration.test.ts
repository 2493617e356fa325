import { createTestDatabase, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getProfile } from "./get-profile";
import { ZProfileUpdate } from "./schemas";
import { updateProfile } from "./update-profile";

let t: TTestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("updateProfile", () => {
  it("changes the user's own name, locale and time zone", async () => {
    const user = await makeUser(t.db);
    const changes = ZProfileUpdate.parse({ name: "Олег", locale: "en", timezone: "Asia/Yekaterinburg" });
    const updated = await updateProfile({ db: t.db, actor: user, userId: user.id, changes });
    expect(updated).toMatchObject({ name: "Олег", locale: "en", timezone: "Asia/Yekaterinburg" });
    expect(await getProfile({ db: t.db, actor: user, userId: user.id })).toMatchObject({ name: "Олег" });
  });

  it("refuses to change another user's profile, even for an admin, and leaves it untouched", async () => {
    const owner = await makeUser(t.db, { name: "Owner" });
    const admin = await makeUser(t.db, { role: "ADMIN" });
    const other = await makeUser(t.db);
    for (const actor of [admin, other]) {
      await expect(
        updateProfile({ db: t.db, actor, userId: owner.id, changes: { name: "Hacked" } }),
      ).rejects.toMatchObject({ error: "forbidden", status: 403 });
    }
    expect((await t.db.user.findUniqueOrThrow({ where: { id: owner.id } })).name).toBe("Owner");
  });

  it("lets nobody but the owner or an admin read a profile", async () => {
    const owner = await makeUser(t.db);
    const other = await makeUser(t.db);
    await expect(getProfile({ db: t.db, actor: other, userId: owner.id })).rejects.toMatchObject({ status: 403 });
  });

  it("validates the changes: unknown time zone, unknown locale, unknown field, empty body", () => {
    expect(ZProfileUpdate.safeParse({ timezone: "Mars/Olympus" }).success).toBe(false);
    expect(ZProfileUpdate.safeParse({ locale: "de" }).success).toBe(false);
    expect(ZProfileUpdate.safeParse({ role: "ADMIN" }).success).toBe(false);
    expect(ZProfileUpdate.safeParse({}).success).toBe(false);
  });
});
