import * as migration_20261130_184627_baseline from './20261130_184627_baseline';

export const migrations = [
  {
    up: migration_20261130_184627_baseline.up,
    down: migration_20261130_184627_baseline.down,
    name: '20261130_184627_baseline'
  },
];
