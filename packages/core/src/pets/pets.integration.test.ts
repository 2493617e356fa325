import { createTestBucket, createTestDatabase, makeUser, type TTestDatabase } from "@gafus/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addPreventionEntry } from "./add-prevention-entry";
import { createPet } from "./create-pet";
import { deletePet } from "./delete-pet";
import { getPetPhoto } from "./get-pet-photo";
import { listPets } from "./list-pets";
import { ZPetInput, ZPetUpdate, ZPreventionInput } from "./schemas";
import { setPetPhoto } from "./set-pet-photo";
import { updatePet } from "./update-pet";

let t: TTestDatabase;
let bucket: Awaited<ReturnType<typeof createTestBucket>>;
beforeAll(async () => {
  [t, bucket] = await Promise.all([createTestDatabase(), createTestBucket()]);
});
afterAll(async () => {
  await Promise.all([t.drop(), bucket.cleanup()]);
});

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe("pets", () => {
  it("are created, changed and deleted by their owner only", async () => {
    const owner = await makeUser(t.db);
    const other = await makeUser(t.db);
    const pet = await createPet({
      db: t.db,
      ownerId: owner.id,
      input: ZPetInput.parse({ name: "Rex", breed: "Beagle", birthDate: "2024-05-01" }),
    });
    expect(pet).toMatchObject({ name: "Rex", type: "DOG", breed: "Beagle" });
    await expect(
      updatePet({ db: t.db, ownerId: other.id, petId: pet.id, input: { name: "Mine" } }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(deletePet({ db: t.db, ownerId: other.id, petId: pet.id })).rejects.toMatchObject({ status: 404 });
    const renamed = await updatePet({
      db: t.db,
      ownerId: owner.id,
      petId: pet.id,
      input: ZPetUpdate.parse({ name: "Rexy" }),
    });
    expect(renamed).toMatchObject({ name: "Rexy", breed: "Beagle", type: "DOG" });
    expect(await listPets({ db: t.db, ownerId: other.id })).toEqual([]);
    await deletePet({ db: t.db, ownerId: owner.id, petId: pet.id });
    expect(await listPets({ db: t.db, ownerId: owner.id })).toEqual([]);
  });

  it("keep a prevention journal with reminder dates that must come after the entry", async () => {
    const owner = await makeUser(t.db);
    const pet = await createPet({ db: t.db, ownerId: owner.id, input: ZPetInput.parse({ name: "Bim" }) });
    const input = ZPreventionInput.parse({
      kind: "VACCINATION",
      title: "Rabies",
      date: "2026-03-01",
      nextDueAt: "2027-03-01",
    });
    await addPreventionEntry({ db: t.db, ownerId: owner.id, petId: pet.id, input });
    await expect(
      addPreventionEntry({ db: t.db, ownerId: owner.id, petId: pet.id, input: { ...input, nextDueAt: "2025-01-01" } }),
    ).rejects.toMatchObject({ error: "validation_failed" });
    const [listed] = await listPets({ db: t.db, ownerId: owner.id });
    expect(listed?.prevention).toEqual([
      expect.objectContaining({ kind: "VACCINATION", title: "Rabies", nextDueAt: new Date("2027-03-01T00:00:00Z") }),
    ]);
    expect(ZPreventionInput.safeParse({ ...input, date: "01.03.2026" }).success).toBe(false);
  });

  it("store a photo in S3 checked by its bytes, readable by the owner only", async () => {
    const owner = await makeUser(t.db);
    const other = await makeUser(t.db);
    const pet = await createPet({ db: t.db, ownerId: owner.id, input: ZPetInput.parse({ name: "Photo" }) });
    await expect(
      setPetPhoto({
        db: t.db,
        storage: bucket,
        ownerId: owner.id,
        petId: pet.id,
        bytes: new TextEncoder().encode("GIF89a not allowed"),
      }),
    ).rejects.toMatchObject({
      status: 415,
    });
    await setPetPhoto({ db: t.db, storage: bucket, ownerId: owner.id, petId: pet.id, bytes: PNG });
    const photo = await getPetPhoto({ db: t.db, storage: bucket, ownerId: owner.id, petId: pet.id });
    expect(photo.contentType).toBe("image/png");
    expect(new Uint8Array(await new Response(photo.body).arrayBuffer())).toEqual(PNG);
    await expect(getPetPhoto({ db: t.db, storage: bucket, ownerId: other.id, petId: pet.id })).rejects.toMatchObject({
      status: 404,
    });
  });
});
