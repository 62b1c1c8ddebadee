// The preferences form: a list of kinds, and for each a checkbox per channel (present = on).
import { z } from "zod";

export const PreferencesForm = z
  .object({ kinds: z.array(z.string().regex(/^[a-z_]{2,40}$/)).max(200) })
  .catchall(z.unknown());

/** Reads `inApp:<kind>` and `email:<kind>` checkboxes for every listed kind. */
export function preferencesFromForm(form: z.infer<typeof PreferencesForm>) {
  return form.kinds.map((kind) => ({
    kind,
    inApp: form[`inApp:${kind}`] === "on",
    email: form[`email:${kind}`] === "on",
  }));
}
