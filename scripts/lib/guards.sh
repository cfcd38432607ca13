# Regression guards: each prints one line "PASS|FAIL|SKIP name: detail" into the file given as $1.
SHARED="${HADATH_SHARED:-$ROOT/../shared}"
HADATH_DLL="$ROOT/src/Hadath.Cli/bin/Release/net10.0/hadath.dll"

# guard NAME DATAFILE -- hadath arguments...
guard() {
  local out=$1 name=$2 data=$3; shift 3
  if [ ! -f "$data" ]; then echo "SKIP $name: $data not found (../shared absent)" >> "$out"; return; fi
  local log; log=$(dotnet "$HADATH_DLL" "$@" 2>&1); local rc=$?
  echo "$log" | tail -n 20
  if [ $rc -eq 0 ]; then echo "PASS $name" >> "$out"; else echo "FAIL $name: exit $rc" >> "$out"; fi
}

run_guards() {
  local out=$1
  # Each model adds its guard here.
  guard "$out" "segmentation dev F1" "$SHARED/data/ud/padt/ar_padt-ud-dev.txt" eval segment "$SHARED/data/ud/padt/ar_padt-ud-dev.txt" --baseline "$ROOT/models/segmenter/metrics.json"
  local anercorp="$SHARED/data/ner/anercorp/ANERCorp_CamelLab_train.txt"
  guard "$out" ner "$anercorp" eval ner "$anercorp" --anercorp-dev --baseline "$ROOT/models/ner/metrics.json"
  guard "$out" "events" "$SHARED/data/events/arabic-event-gsr-dev/assault_gsr_dev.csv" \
    eval events --data "$SHARED/data/events/arabic-event-gsr-dev" --baseline "$ROOT/models/events/metrics.json"
  # Our own hand-annotated stories ship with the tests, so this guard runs without ../shared too.
  local stories="$ROOT/tests/Hadath.Extraction.Tests/StoryGold"
  guard "$out" "story dev" "$stories/metrics.json" eval story "$stories/dev" --baseline "$stories/metrics.json"
}
