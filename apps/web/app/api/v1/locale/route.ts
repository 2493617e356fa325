import { AppError, updateProfile } from "@gafus/core";
import { isLocale } from "@gafus/ui/i18n";
import { switchLocaleOp } from "@/contract/locale";
import { route } from "@/server/api";
import { localeCookie, safeReturnPath } from "@/server/locale-cookie";

/**
 * POST /api/v1/locale (form: locale, next) — the language switch of every app. Sets the cookie, saves the choice
 * in the profile of a signed-in user, and goes back to `next` (303), so it works without JavaScript.
 */
export const POST = route(switchLocaleOp, async ({ request, user, db }) => {
  // An HTML form, not JSON: the wrapper parses JSON bodies only, so the form is read here.
  const form = await request.formData().catch(() => {
    throw new AppError("validation_failed", "Send a form with a locale field.");
  });
  const locale = form.get("locale");
  if (!isLocale(locale)) {
    throw new AppError("validation_failed", "Unknown locale.", { fields: { locale: ["Use ru or en"] } });
  }
  if (user && user.locale !== locale) {
    await updateProfile({ db, actor: user, userId: user.id, changes: { locale } });
  }
  return new Response(null, {
    status: 303,
    headers: {
      location: safeReturnPath(form.get("next")),
      "set-cookie": localeCookie(locale),
      "cache-control": "no-store",
    },
  });
});
