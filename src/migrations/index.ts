import * as migration_20261130_125918_baseline from './20261130_125918_baseline';

export const migrations = [
  {
    up: migration_20261130_125918_baseline.up,
    down: migration_20261130_125918_baseline.down,
    name: '20261130_125918_baseline'
  },
];
