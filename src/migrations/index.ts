import * as migration_20261130_153657_baseline from './20261130_153657_baseline';

export const migrations = [
  {
    up: migration_20261130_153657_baseline.up,
    down: migration_20261130_153657_baseline.down,
    name: '20261130_153657_baseline'
  },
];
