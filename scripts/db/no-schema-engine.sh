#!/bin/sh
# Stand-in for Prisma's native schema engine (PRISMA_SCHEMA_ENGINE_BINARY) so `prisma generate` runs offline.
echo "no native Prisma schema engine here: use npm run db:migrate / db:migration:create (docs/decisions/001-migrations-without-native-engine.md)" >&2
exit 1
