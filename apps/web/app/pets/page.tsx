import { requireSessionUser } from "@gafus/auth/next";
import { listPets } from "@gafus/core";
import { getDb } from "@gafus/prisma";
import type { Metadata } from "next";
import { DeleteButton } from "@/modules/pets/delete-button";
import { PetForm } from "@/modules/pets/pet-form";
import { PhotoUpload } from "@/modules/pets/photo-upload";
import { PreventionForm } from "@/modules/pets/prevention-form";
import { WebShell } from "@/modules/shell";
import { getPageContext } from "@/server/page-context";

export const metadata: Metadata = { title: "Pets" };
export const dynamic = "force-dynamic";

export default async function PetsPage() {
  const user = await requireSessionUser("/pets");
  const ctx = await getPageContext("/pets");
  const { t, locale } = ctx;
  const pets = await listPets({ db: getDb(), ownerId: user.id });
  const date = (d: Date) => d.toLocaleDateString(locale, { timeZone: "UTC" });
  const today = new Date();
  const petLabels = {
    add: t("pets.add"),
    edit: t("pets.edit"),
    name: t("pets.name"),
    type: t("pets.type"),
    types: { DOG: t("pets.type.DOG"), CAT: t("pets.type.CAT"), OTHER: t("pets.type.OTHER") },
    breed: t("pets.breed"),
    birthDate: t("pets.birthDate"),
    save: t("pets.save"),
  };
  const kinds = {
    VACCINATION: t("pets.kind.VACCINATION"),
    DEWORMING: t("pets.kind.DEWORMING"),
    TICKS_FLEAS: t("pets.kind.TICKS_FLEAS"),
    OTHER: t("pets.kind.OTHER"),
  };
  return (
    <WebShell ctx={ctx}>
      <section className="stack" aria-labelledby="pets-title">
        <h1 id="pets-title">{t("pets.title")}</h1>
        {pets.length === 0 && <p className="muted">{t("pets.empty")}</p>}
        {pets.map((pet) => (
          <article key={pet.id} className="card stack" aria-labelledby={`pet-${pet.id}`}>
            <div className="row space-between">
              <h2 id={`pet-${pet.id}`}>{pet.name}</h2>
              <DeleteButton
                path={`/api/v1/pets/${pet.id}`}
                label={t("pets.delete")}
                confirmText={t("pets.confirmDelete", { name: pet.name })}
              />
            </div>
            {pet.photoKey && (
              <img
                className="pet-photo"
                src={`/api/v1/pets/${pet.id}/photo?v=${encodeURIComponent(pet.photoKey)}`}
                alt={pet.name}
                width={160}
                height={160}
              />
            )}
            <PhotoUpload petId={pet.id} labels={{ photo: t("pets.photo") }} />
            <p className="muted">
              {t(`pets.type.${pet.type}`)}
              {pet.breed && ` · ${pet.breed}`}
              {pet.birthDate && ` · ${t("pets.birthDate")}: ${date(pet.birthDate)}`}
            </p>
            <details>
              <summary>{t("pets.edit")}</summary>
              <PetForm
                labels={petLabels}
                pet={{
                  id: pet.id,
                  name: pet.name,
                  type: pet.type,
                  breed: pet.breed,
                  birthDate: pet.birthDate?.toISOString().slice(0, 10) ?? null,
                }}
              />
            </details>
            <h3>{t("pets.journal")}</h3>
            <ul className="journal">
              {pet.prevention.map((entry) => (
                <li key={entry.id}>
                  <span>
                    <strong>{kinds[entry.kind]}</strong>: {entry.title} — {date(entry.date)}
                  </span>
                  {entry.nextDueAt && (
                    <span className={entry.nextDueAt < today ? "tag danger" : "tag"}>
                      {entry.nextDueAt < today
                        ? t("pets.overdue", { date: date(entry.nextDueAt) })
                        : t("pets.dueSoon", { date: date(entry.nextDueAt) })}
                    </span>
                  )}
                  <DeleteButton
                    path={`/api/v1/pets/${pet.id}/prevention/${entry.id}`}
                    label={t("pets.delete")}
                    confirmText={`${t("pets.delete")}?`}
                  />
                </li>
              ))}
            </ul>
            <PreventionForm
              petId={pet.id}
              labels={{
                kind: t("pets.kind"),
                kinds,
                what: t("pets.what"),
                date: t("pets.date"),
                nextDue: t("pets.nextDue"),
                add: t("pets.addEntry"),
              }}
            />
          </article>
        ))}
        <PetForm labels={petLabels} />
      </section>
    </WebShell>
  );
}
