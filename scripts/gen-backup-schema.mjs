// Regenerates docs/backup.schema.json from the zod model (lib/exchange/json-schema.ts).
// The schema test fails whenever the checked-in file and the model drift apart.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npx', ['vitest', 'run', 'tests/unit/exchange/json-schema.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, UPDATE_BACKUP_SCHEMA: '1' },
});
process.exit(result.status ?? 1);
