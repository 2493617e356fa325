import { defineOperation } from "@gafus/http";

export const switchLocaleOp = defineOperation({
  method: "POST",
  path: "/api/v1/locale",
  summary: "Switch the interface language (HTML form; saved in the profile when signed in); answers 303 to `next`",
  description:
    "Form fields `locale` (ru or en) and `next` (a same-origin path, else /). Sets the language cookie and " +
    "redirects with 303 See Other, so the switch works without JavaScript.",
  tags: ["account"],
  auth: "optional",
  rawBody: {
    contentTypes: ["application/x-www-form-urlencoded", "multipart/form-data"],
    description: "An HTML form: locale=ru|en, next=/path.",
  },
});
