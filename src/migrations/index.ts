import * as migration_20261130_113929_baseline from './20261130_113929_baseline';

export const migrations = [
  {
    up: migration_20261130_113929_baseline.up,
    down: migration_20261130_113929_baseline.down,
    name: '20261130_113929_baseline'
  },
];
