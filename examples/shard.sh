#!/usr/bin/env bash
# Map/reduce with crosscheck on one machine, the same way it runs on a cluster:
#   map    = `crosscheck extract --ndjson` over shards of the inputs, in parallel processes
#   reduce = `crosscheck table --from-ndjson` over the merged claim records
# Usage: examples/shard.sh FOLDER [SHARDS] [table options…]   e.g. examples/shard.sh pages/ 4 --json
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cli="node $here/bin/crosscheck.js"
dir="$1"; shards="${2:-4}"; shift $(( $# >= 2 ? 2 : 1 ))
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT

# the same files, in the same order, that `crosscheck extract FOLDER` reads
find "$dir" -type f \( -iname '*.htm' -o -iname '*.html' -o -iname '*.md' -o -iname '*.markdown' -o -iname '*.txt' -o -iname '*.warc' -o -iname '*.warc.gz' \) \
  ! -iname 'readme*' ! -iname 'expected*' ! -path '*/.*' | LC_ALL=C sort > "$work/files"
split -n "r/$shards" -d "$work/files" "$work/shard-"

# map: one process per shard (on a cluster: one task per shard)
for s in "$work"/shard-*; do
  [ -s "$s" ] || continue
  ( tr '\n' '\0' < "$s" | xargs -0 $cli extract --ndjson --quiet --jobs 1 > "$s.ndjson" ) &
done
wait

# reduce: group by blocking key and align (on a cluster: after a shuffle on .blockingKey)
cat "$work"/shard-*.ndjson | $cli table --from-ndjson - "$@"
