import * as migration_20261126_214245_baseline from './20261126_214245_baseline';

export const migrations = [
  {
    up: migration_20261126_214245_baseline.up,
    down: migration_20261126_214245_baseline.down,
    name: '20261126_214245_baseline'
  },
];
