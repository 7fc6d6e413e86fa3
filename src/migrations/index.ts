import * as migration_20261130_143705_baseline from './20261130_143705_baseline';

export const migrations = [
  {
    up: migration_20261130_143705_baseline.up,
    down: migration_20261130_143705_baseline.down,
    name: '20261130_143705_baseline'
  },
];
