import {
  ConfigError,
  countApiKeys,
  ensureOrganization,
  findApiKeyRow,
  generateApiKey,
  insertApiKey,
  revokeOtherBootstrapKeys,
  type Db,
  type Logger,
} from '@clearpath/core';

/**
 * Makes sure the default organization can be reached: the configured CLEARPATH_API_KEY is registered as
 * its admin key and replaces (revokes) any earlier bootstrap key, so changing the variable rotates the key;
 * without one, a key is generated on first start and printed once (only its hash is kept).
 */
export async function bootstrapApiKey(db: Db, organizationId: string, configuredKey: string | undefined, logger: Logger): Promise<void> {
  await ensureOrganization(db, organizationId, 'Default organization');
  if (configuredKey) {
    await db.transaction().execute(async (tx) => {
      await insertApiKey(tx, { organizationId, name: 'bootstrap (CLEARPATH_API_KEY)', role: 'admin', key: configuredKey, bootstrap: true });
      const row = await findApiKeyRow(tx, configuredKey);
      // Refuse rather than start with a key every request would then refuse.
      if (row?.revoked_at) throw new ConfigError('CLEARPATH_API_KEY was revoked; configure a new value to rotate the bootstrap key');
      if (row?.organization_id !== organizationId) throw new ConfigError(`CLEARPATH_API_KEY belongs to another organization than ${organizationId}`);
      const revoked = await revokeOtherBootstrapKeys(tx, organizationId, configuredKey);
      if (revoked > 0) logger.warn({ revoked }, 'CLEARPATH_API_KEY changed: the previous bootstrap key is revoked');
    });
    return;
  }
  if ((await countApiKeys(db, organizationId)) > 0) return;
  const key = generateApiKey();
  await insertApiKey(db, { organizationId, name: 'bootstrap (generated)', role: 'admin', key, bootstrap: true });
  logger.warn('Generated the admin API key of the default organization; it is shown once and stored hashed.');
  process.stdout.write(`\n  ClearPath admin API key (save it now, it is not shown again):\n  ${key}\n\n`);
}
