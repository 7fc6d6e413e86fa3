import * as migration_20261130_151133_baseline from './20261130_151133_baseline';

export const migrations = [
  {
    up: migration_20261130_151133_baseline.up,
    down: migration_20261130_151133_baseline.down,
    name: '20261130_151133_baseline'
  },
];
