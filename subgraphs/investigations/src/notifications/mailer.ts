import nodemailer from 'nodemailer';
import type { InvestigationsEnv } from '../environment.js';

export interface Mailer {
  /** One message to the recipients: a single event, or a digest of several. */
  send(to: readonly string[], events: readonly NotificationEnvelope[]): Promise<void>;
  close(): void;
}

export interface NotificationEnvelope {
  id: string;
  type: string;
  created_at: string;
  organization_id: string;
  data: Record<string, unknown>;
}

/** One line per event: what happened and to which package. */
export function describeEvent(event: NotificationEnvelope): string {
  const anomaly = event.data.anomaly as { type?: string; severity?: string; summary?: string; package_id?: string | null } | undefined;
  const investigation = event.data.investigation as { kind?: string; root_cause?: string | null; summary?: string | null; package_id?: string } | undefined;
  if (anomaly) return `${anomaly.severity ?? ''} ${anomaly.type ?? 'anomaly'} on package ${anomaly.package_id ?? '(network)'}: ${anomaly.summary ?? ''}`.trim();
  if (investigation) return `Investigation (${investigation.kind ?? ''}) of package ${investigation.package_id ?? ''} completed: ${investigation.root_cause ?? 'no root cause'}. ${investigation.summary ?? ''}`.trim();
  return event.type;
}

export function composeMessage(events: readonly NotificationEnvelope[]): { subject: string; text: string } {
  const lines = events.map((e) => `- [${e.created_at}] ${describeEvent(e)}`);
  const subject = events.length === 1 ? `ClearPath: ${describeEvent(events[0]!).slice(0, 120)}` : `ClearPath digest: ${events.length} notifications`;
  return { subject, text: `${lines.join('\n')}\n\nEvent ids: ${events.map((e) => e.id).join(', ')}\n` };
}

/** SMTP through nodemailer, from SMTP_URL or SMTP_HOST/PORT/USER/PASS; undefined when neither is set. */
export function createMailer(env: Pick<InvestigationsEnv, 'SMTP_URL' | 'SMTP_HOST' | 'SMTP_PORT' | 'SMTP_USER' | 'SMTP_PASS' | 'NOTIFY_FROM'>): Mailer | undefined {
  if (!env.SMTP_URL && !env.SMTP_HOST) return undefined;
  const transport = env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: env.SMTP_PORT ?? 587,
        ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
      });
  return {
    async send(to, events) {
      await transport.sendMail({ from: env.NOTIFY_FROM, to: [...to], ...composeMessage(events) });
    },
    close: () => transport.close(),
  };
}
