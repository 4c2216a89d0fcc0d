import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import type { FastifyBaseLogger } from "fastify";

export type Mail = { to: string; subject: string; text: string; link?: string };
export type Mailer = { send(mail: Mail): Promise<void> };

/**
 * Sends through SMTP when configured; otherwise writes each message to the outbox directory
 * and logs its link, so sign-up and invitations work on a laptop with no mail server.
 */
export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  outboxDir: string;
  log: Pick<FastifyBaseLogger, "info">;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({
          from: options.from,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
        });
      },
    };
  }
  const writer = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: "unix",
  });
  let sequence = 0;
  return {
    async send(mail) {
      const info = await writer.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      await mkdir(options.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const base = path.join(options.outboxDir, `${stamp}-${process.pid}-${sequence++}`);
      await writeFile(`${base}.eml`, info.message as Buffer);
      await writeFile(
        `${base}.json`,
        JSON.stringify({ ...mail, sentAt: new Date().toISOString() }, null, 2),
      );
      options.log.info(
        { to: mail.to, subject: mail.subject, link: mail.link },
        "mail written to outbox",
      );
    },
  };
}
