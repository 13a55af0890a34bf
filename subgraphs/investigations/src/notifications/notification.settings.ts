import { assertAdmin, badInput, type Db, type NotificationSettingsRow, type Session } from '@clearpath/core';

const DEFAULTS = { email_to: [] as string[], min_severity: 'HIGH', investigations: true, digest_minutes: null as number | null };
/** A plain address (no display name): local@domain.tld. */
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
const MAX_RECIPIENTS = 20;

export async function getSettings(db: Db, session: Session): Promise<NotificationSettingsRow> {
  assertAdmin(session);
  const row = await db.selectFrom('notification_settings').selectAll().where('organization_id', '=', session.organizationId).executeTakeFirst();
  return row ?? { organization_id: session.organizationId, ...DEFAULTS, updated_at: new Date(0) };
}

export async function updateSettings(
  db: Db,
  session: Session,
  input: { emailTo?: readonly string[] | null; minSeverity?: string | null; investigations?: boolean | null; digestMinutes?: number | null },
): Promise<NotificationSettingsRow> {
  const current = await getSettings(db, session);
  const emailTo = input.emailTo == null ? current.email_to : [...new Set(input.emailTo.map((e) => e.trim()))];
  if (emailTo.length > MAX_RECIPIENTS) throw badInput(`emailTo holds at most ${MAX_RECIPIENTS} addresses`, { field: 'emailTo' });
  const bad = emailTo.find((e) => e.length > 254 || !EMAIL.test(e));
  if (bad !== undefined) throw badInput(`emailTo: ${JSON.stringify(bad)} is not an e-mail address like ops@example.com`, { field: 'emailTo' });
  // digestMinutes: absent keeps the current value, null turns the digest off.
  const digest = input.digestMinutes === undefined ? current.digest_minutes : input.digestMinutes;
  if (digest !== null && (!Number.isInteger(digest) || digest < 1 || digest > 1440)) throw badInput('digestMinutes must be 1–1440, or null for no digest', { field: 'digestMinutes' });
  const values = {
    organization_id: session.organizationId,
    email_to: emailTo,
    min_severity: input.minSeverity ?? current.min_severity,
    investigations: input.investigations ?? current.investigations,
    digest_minutes: digest,
    updated_at: new Date(),
  };
  return db
    .insertInto('notification_settings')
    .values(values)
    .onConflict((oc) => oc.column('organization_id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirstOrThrow();
}
