// next-auth configuration: email + password (argon2), JWT sessions that carry only the user id.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/lib/db";
import { verifyCredentials } from "@/lib/data/credentials";
import { clientAddress } from "@/lib/auth/client-address";
import { env } from "@/lib/env";

// A NUL character cannot be stored or even looked up in PostgreSQL: such an e-mail is simply wrong ("invalid").
const CredentialsInput = z.object({
  email: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^\u0000]*$/),
  password: z.string().min(1).max(200),
});

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = CredentialsInput.safeParse(raw);
        if (!parsed.success) throw new Error("invalid");
        const address = clientAddress(request?.headers ?? {}, env().TRUST_PROXY_HOPS);
        const { email, password } = parsed.data;
        const result = await verifyCredentials(db(), email, password, new Date(), address);
        // The error text travels to the sign-in form, which shows the matching message.
        if (!result.ok) throw new Error(result.reason);
        return { id: String(result.actor.id), name: result.actor.name, email: result.actor.email };
      },
    }),
  ],
  callbacks: {
    // Role, commune and agency are read fresh from the database on every request (lib/auth/session.ts),
    // so a role change or a deactivation takes effect at once; the token only names the user.
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
