import { countApiKeys, ensureOrganization, generateApiKey, insertApiKey, type Db, type Logger } from '@clearpath/core';

/**
 * Makes sure the default organization can be reached: the configured CLEARPATH_API_KEY is registered as
 * its admin key; without one, a key is generated on first start and printed once (only its hash is kept).
 */
export async function bootstrapApiKey(db: Db, organizationId: string, configuredKey: string | undefined, logger: Logger): Promise<void> {
  await ensureOrganization(db, organizationId, 'Default organization');
  if (configuredKey) {
    await insertApiKey(db, { organizationId, name: 'bootstrap (CLEARPATH_API_KEY)', role: 'admin', key: configuredKey });
    return;
  }
  if ((await countApiKeys(db, organizationId)) > 0) return;
  const key = generateApiKey();
  await insertApiKey(db, { organizationId, name: 'bootstrap (generated)', role: 'admin', key });
  logger.warn('Generated the admin API key of the default organization; it is shown once and stored hashed.');
  process.stdout.write(`\n  ClearPath admin API key (save it now, it is not shown again):\n  ${key}\n\n`);
}
