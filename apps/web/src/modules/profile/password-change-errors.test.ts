import { describe, expect, it } from "vitest";
import {
  checkPasswordChangeForm,
  localizePasswordChangeFailure,
  type TPasswordChangeMessages,
} from "./password-change-errors";

const m: TPasswordChangeMessages = {
  wrongPassword: "Текущий пароль указан неверно.",
  currentRequired: "Введите текущий пароль.",
  passwordLength: "От 8 до 128 символов.",
  passwordCommon: "Слишком распространённый пароль.",
  passwordHasEmail: "Пароль не должен содержать адрес почты.",
  mismatch: "Новые пароли не совпадают.",
  fixFields: "Исправьте отмеченные поля.",
};
const failure = (over: Partial<Parameters<typeof localizePasswordChangeFailure>[0]>) => ({
  message: "Что-то пошло не так.",
  fields: {},
  details: {},
  ...over,
});

describe("password change form", () => {
  it("stops before sending when the repeat differs or the current password is empty", () => {
    const values = { currentPassword: "", newPassword: "Fetch-the-ball-77", repeatPassword: "Fetch-the-ball-78" };
    expect(checkPasswordChangeForm(values, m)).toEqual({
      message: m.fixFields,
      fields: { currentPassword: m.currentRequired, repeatPassword: m.mismatch },
    });
    expect(checkPasswordChangeForm({ ...values, currentPassword: "x", repeatPassword: values.newPassword }, m)).toBe(
      null,
    );
  });

  it("says a wrong current password and a refused new one at their fields, in the page's language", () => {
    const wrong = failure({ details: { reason: "wrong_password" }, fields: { currentPassword: ["Check: The…"] } });
    expect(localizePasswordChangeFailure(wrong, m).fields).toEqual({ currentPassword: m.wrongPassword });
    const common = failure({ details: { reason: "too_common" }, fields: { newPassword: ["Check: This…"] } });
    expect(localizePasswordChangeFailure(common, m).fields).toEqual({ newPassword: m.passwordCommon });
    const translated = failure({ fields: { newPassword: ["Не меньше 8 символов."] } });
    expect(localizePasswordChangeFailure(translated, m).fields).toEqual({ newPassword: "Не меньше 8 символов." });
  });

  it("shows the client helper's message for anything without a field (too many attempts, no connection)", () => {
    const limited = failure({ message: "Слишком много попыток. Повторите через 15 мин." });
    expect(localizePasswordChangeFailure(limited, m)).toEqual({ message: limited.message, fields: {} });
  });
});
