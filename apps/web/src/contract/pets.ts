import { ZPetInput, ZPetUpdate, ZPreventionInput } from "@gafus/core";
import { defineOperation, ZJsonDate } from "@gafus/http";
import { z } from "zod";
import { ZIdParams, ZPreventionParams } from "./params";

const ZPet = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(["DOG", "CAT", "OTHER"]),
  breed: z.string(),
  birthDate: ZJsonDate.nullable(),
  notes: z.string(),
});

const ZPreventionEntry = z.object({
  id: z.uuid(),
  kind: z.enum(["VACCINATION", "DEWORMING", "TICKS_FLEAS", "OTHER"]),
  title: z.string(),
  date: ZJsonDate,
  nextDueAt: ZJsonDate.nullable(),
  notes: z.string(),
});

const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];

export const listPetsOp = defineOperation({
  method: "GET",
  path: "/api/v1/pets",
  summary: "The caller's pets",
  description: "With their prevention journals, latest entry first.",
  tags: ["pets"],
  auth: "user",
  response: z.object({
    pets: z.array(ZPet.extend({ photoKey: z.string().nullable(), prevention: z.array(ZPreventionEntry) })),
  }),
});

export const createPetOp = defineOperation({
  method: "POST",
  path: "/api/v1/pets",
  summary: "Add a pet",
  tags: ["pets"],
  auth: "user",
  body: ZPetInput,
  response: z.object({ pet: ZPet }),
  status: 201,
});

export const updatePetOp = defineOperation({
  method: "PATCH",
  path: "/api/v1/pets/{id}",
  summary: "Change a pet",
  description: "Another owner's pet answers 404.",
  tags: ["pets"],
  auth: "user",
  params: ZIdParams,
  body: ZPetUpdate,
  response: z.object({ pet: ZPet }),
});

export const deletePetOp = defineOperation({
  method: "DELETE",
  path: "/api/v1/pets/{id}",
  summary: "Remove a pet",
  description: "With its journal.",
  tags: ["pets"],
  auth: "user",
  params: ZIdParams,
  status: 204,
});

export const getPetPhotoOp = defineOperation({
  method: "GET",
  path: "/api/v1/pets/{id}/photo",
  summary: "The pet's photo (owner only)",
  tags: ["pets"],
  auth: "user",
  params: ZIdParams,
  produces: "image/*",
});

export const setPetPhotoOp = defineOperation({
  method: "PUT",
  path: "/api/v1/pets/{id}/photo",
  summary: "Set the pet's photo (raw JPEG, PNG or WebP, ≤ 5 MB)",
  tags: ["pets"],
  auth: "user",
  params: ZIdParams,
  rawBody: { contentTypes: PHOTO_TYPES, description: "The image itself, checked by its bytes; at most 5 MB." },
  response: z.object({ photoKey: z.string() }),
});

export const addPreventionEntryOp = defineOperation({
  method: "POST",
  path: "/api/v1/pets/{id}/prevention",
  summary: "Add a prevention journal entry",
  description: "A vaccination, deworming or tick treatment with its next due date.",
  tags: ["pets"],
  auth: "user",
  params: ZIdParams,
  body: ZPreventionInput,
  response: z.object({ entry: ZPreventionEntry }),
  status: 201,
});

export const deletePreventionEntryOp = defineOperation({
  method: "DELETE",
  path: "/api/v1/pets/{id}/prevention/{entryId}",
  summary: "Remove a journal entry",
  tags: ["pets"],
  auth: "user",
  params: ZPreventionParams,
  status: 204,
});
