"use server";
// Switches the interface language; remembered in a cookie and, when signed in, on the user's account.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { getActor } from "@/lib/auth/session";
import { saveOwnLocale } from "@/lib/data/users";

export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure:
      process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://") === true,
  });
  const actor = await getActor();
  if (actor) await saveOwnLocale(actor, locale);
  revalidatePath("/", "layout");
}
