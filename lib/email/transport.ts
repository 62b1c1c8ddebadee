// Where e-mail goes: SMTP (nodemailer) when SMTP_URL is set, otherwise .eml files in MAIL_DIR a developer can open.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type OutgoingMail = { id: number; to: string; subject: string; text: string; html: string | null };

export type MailTransport = {
  /** resolves once the message is accepted (by the SMTP server, or written to disk); throws otherwise */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
  description: string;
};

function message(mail: OutgoingMail, from: string) {
  return {
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html ?? undefined,
    // Stable per outbox row: if a retry follows a send whose confirmation was lost, receivers can spot the copy.
    messageId: `<outbox-${mail.id}@doithoai.portal>`,
  };
}

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    description: `SMTP ${new URL(url).host}`,
    async send(mail) {
      await transporter.sendMail(message(mail, from));
    },
    close: () => transporter.close(),
  };
}

export function fileTransport(dir: string, from: string): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const folder = path.resolve(dir);
  return {
    description: `files in ${folder}`,
    async send(mail) {
      const info = await composer.sendMail(message(mail, from));
      await mkdir(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "");
      await writeFile(path.join(folder, `${stamp}-${mail.id}.eml`), info.message as Buffer);
    },
    close: () => composer.close(),
  };
}

/** The transport the configuration asks for. */
export function configuredTransport(): MailTransport {
  const { SMTP_URL, MAIL_FROM, MAIL_DIR } = env();
  return SMTP_URL ? smtpTransport(SMTP_URL, MAIL_FROM) : fileTransport(MAIL_DIR, MAIL_FROM);
}
