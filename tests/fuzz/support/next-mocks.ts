// The fuzz tests call the real server actions and route handlers outside a Next.js request: who is calling, the
// language, the cache and redirects are stood in for here (setupFiles of the "fuzz" project).
import { vi } from "vitest";

vi.mock("@/lib/auth/session", async () => {
  const { fuzzState, Redirected } = await import("./state");
  return {
    getActor: async () => fuzzState.actor,
    requireUser: async () => {
      if (!fuzzState.actor) throw new Redirected("/sign-in");
      return fuzzState.actor;
    },
  };
});

vi.mock("@/lib/i18n/server", async () => {
  const { checkingTranslate } = await import("./state");
  return {
    getLocale: async () => "vi",
    getTranslator: async () => ({ locale: "vi", t: checkingTranslate }),
  };
});

vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

vi.mock("next/navigation", async () => {
  const { Redirected } = await import("./state");
  return {
    redirect: (url: string) => {
      throw new Redirected(url);
    },
    notFound: () => {
      throw new Redirected("/404");
    },
  };
});

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, getAll: () => [] }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));
