import * as migration_20261130_154134_baseline from './20261130_154134_baseline';

export const migrations = [
  {
    up: migration_20261130_154134_baseline.up,
    down: migration_20261130_154134_baseline.down,
    name: '20261130_154134_baseline'
  },
];
