import * as migration_20261126_213732_baseline from './20261126_213732_baseline';

export const migrations = [
  {
    up: migration_20261126_213732_baseline.up,
    down: migration_20261126_213732_baseline.down,
    name: '20261126_213732_baseline'
  },
];
