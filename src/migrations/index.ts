import * as migration_20261126_215831_baseline from './20261126_215831_baseline';

export const migrations = [
  {
    up: migration_20261126_215831_baseline.up,
    down: migration_20261126_215831_baseline.down,
    name: '20261126_215831_baseline'
  },
];
