import * as migration_20261130_124701_baseline from './20261130_124701_baseline';

export const migrations = [
  {
    up: migration_20261130_124701_baseline.up,
    down: migration_20261130_124701_baseline.down,
    name: '20261130_124701_baseline'
  },
];
