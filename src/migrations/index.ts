import * as migration_20261130_181705_baseline from './20261130_181705_baseline';

export const migrations = [
  {
    up: migration_20261130_181705_baseline.up,
    down: migration_20261130_181705_baseline.down,
    name: '20261130_181705_baseline'
  },
];
