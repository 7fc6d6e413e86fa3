#!/usr/bin/env bash
# Several people may regenerate the baseline in one tree: one at a time.
exec flock /tmp/frontdesk-migrate.lock npx tsx src/cli/migrate-baseline.ts
