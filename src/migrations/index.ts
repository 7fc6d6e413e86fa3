import * as migration_20261126_213028_baseline from './20261126_213028_baseline';

export const migrations = [
  {
    up: migration_20261126_213028_baseline.up,
    down: migration_20261126_213028_baseline.down,
    name: '20261126_213028_baseline'
  },
];
