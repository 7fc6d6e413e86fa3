import * as migration_20261126_211752_initial from './20261126_211752_initial';

export const migrations = [
  {
    up: migration_20261126_211752_initial.up,
    down: migration_20261126_211752_initial.down,
    name: '20261126_211752_initial'
  },
];
