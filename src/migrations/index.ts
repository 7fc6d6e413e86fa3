import * as migration_20261130_183850_baseline from './20261130_183850_baseline';

export const migrations = [
  {
    up: migration_20261130_183850_baseline.up,
    down: migration_20261130_183850_baseline.down,
    name: '20261130_183850_baseline'
  },
];
