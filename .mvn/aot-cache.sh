# Sourced by ./datalayer-lint and the distribution's bin/datalayer-lint (after find-jdk.sh): a JDK 25 AOT cache
# (JEP 483/514: classes loaded and linked ahead of time, from a training run) for the CLI's runnable jar. About half
# the start-up CPU of a small `validate` (docs/performance.md). POSIX sh.
#
# dll_aot_option JAR DIR JVM_OPTION...: prints -XX:AOTCache=FILE for this JDK and this jar, building the cache first
# when it is missing or older than the jar (one training run of a few seconds, once); prints nothing on a JDK before
# 25, with DATALAYER_LINT_AOT=0, or when the cache cannot be built or written. The file name carries the JDK's home
# and runtime version, the jar's path and the JVM options, so a cache is only ever used by the JDK and the jar that
# made it (the JVM checks that too, and ignores a cache that does not match).
dll_aot_option() {
  dll_aot_jar=$1
  dll_aot_dir=$2
  shift 2
  [ "${DATALAYER_LINT_AOT:-1}" != 0 ] || return 0
  [ "$(dll_jdk_major "$JAVA_HOME")" -ge 25 ] || return 0
  dll_aot_runtime=$(sed -n 's/^JAVA_RUNTIME_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release" 2>/dev/null)
  dll_aot_key=$(printf '%s|%s|%s|%s' "$JAVA_HOME" "$dll_aot_runtime" "$dll_aot_jar" "$*" | cksum | cut -d ' ' -f 1)
  dll_aot_cache="$dll_aot_dir/datalayer-lint-$dll_aot_key.aot"
  if [ ! -f "$dll_aot_cache" ] || [ "$dll_aot_jar" -nt "$dll_aot_cache" ]; then
    dll_aot_build "$@" >/dev/null 2>&1 || true
  fi
  [ -f "$dll_aot_cache" ] && echo "-XX:AOTCache=$dll_aot_cache"
  return 0
}

# The training run: one small JSON recording and one small script, so both the JSON path and the GraalJS sandbox
# are in the cache (GraalJS's classes are then mapped from the cache on every run, but never initialised and no
# engine is started unless a .js file is read). Written to a temporary name and moved, so concurrent first runs
# never see half a file.
dll_aot_build() {
  mkdir -p "$dll_aot_dir" 2>/dev/null || return 1
  [ -w "$dll_aot_dir" ] || return 1
  dll_aot_train=$(mktemp -d 2>/dev/null) || return 1
  printf '%s\n' '[{"ecommerce":null},{"event":"purchase","ecommerce":{"transaction_id":"T1","currency":"USD","value":7.77,"items":[{"item_id":"A","price":7.77,"quantity":1}]}},{"event":"refund","ecommerce":{"transaction_id":"T1","currency":"usd","value":7.77}}]' \
    >"$dll_aot_train/train.json"
  printf '%s\n' 'window.dataLayer = window.dataLayer || [];' \
    'dataLayer.push({ ecommerce: null });' \
    'dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: 7.77 } });' \
    >"$dll_aot_train/train.js"
  dll_aot_tmp="$dll_aot_cache.$$.tmp"
  # Training runs the bare CLI (no config file, no progress line), writing its report nowhere.
  if "$JAVA_HOME/bin/java" "$@" -XX:AOTCacheOutput="$dll_aot_tmp" -jar "$dll_aot_jar" validate --no-config \
      --no-progress --format json --fail-on never "$dll_aot_train/train.json" "$dll_aot_train/train.js" &&
      [ -s "$dll_aot_tmp" ]; then
    mv -f "$dll_aot_tmp" "$dll_aot_cache"
  fi
  rm -rf "$dll_aot_train" "$dll_aot_tmp" "$dll_aot_tmp.config"
}
