import * as migration_20261126_215219_baseline from './20261126_215219_baseline';

export const migrations = [
  {
    up: migration_20261126_215219_baseline.up,
    down: migration_20261126_215219_baseline.down,
    name: '20261126_215219_baseline'
  },
];
