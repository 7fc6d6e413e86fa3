import * as migration_20261130_150445_baseline from './20261130_150445_baseline';

export const migrations = [
  {
    up: migration_20261130_150445_baseline.up,
    down: migration_20261130_150445_baseline.down,
    name: '20261130_150445_baseline'
  },
];
