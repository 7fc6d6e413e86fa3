import * as migration_20261130_152746_baseline from './20261130_152746_baseline';

export const migrations = [
  {
    up: migration_20261130_152746_baseline.up,
    down: migration_20261130_152746_baseline.down,
    name: '20261130_152746_baseline'
  },
];
