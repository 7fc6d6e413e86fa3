import * as migration_20261130_180716_baseline from './20261130_180716_baseline';

export const migrations = [
  {
    up: migration_20261130_180716_baseline.up,
    down: migration_20261130_180716_baseline.down,
    name: '20261130_180716_baseline'
  },
];
