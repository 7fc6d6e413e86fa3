import * as migration_20261130_145821_baseline from './20261130_145821_baseline';

export const migrations = [
  {
    up: migration_20261130_145821_baseline.up,
    down: migration_20261130_145821_baseline.down,
    name: '20261130_145821_baseline'
  },
];
