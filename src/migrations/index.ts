import * as migration_20261126_212829_baseline from './20261126_212829_baseline';

export const migrations = [
  {
    up: migration_20261126_212829_baseline.up,
    down: migration_20261126_212829_baseline.down,
    name: '20261126_212829_baseline'
  },
];
