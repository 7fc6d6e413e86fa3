import * as migration_20261126_214151_baseline from './20261126_214151_baseline';

export const migrations = [
  {
    up: migration_20261126_214151_baseline.up,
    down: migration_20261126_214151_baseline.down,
    name: '20261126_214151_baseline'
  },
];
