# Sourced by ./datalayer-lint and the distribution's bin/datalayer-lint (after find-jdk.sh): the JVM options that make
# a short run start fast (docs/performance.md, "Start-up"). POSIX sh; no process is started unless said.
#
# dll_inspect_args ARG...: looks at the command line's arguments, without starting the JVM, and sets
#   dll_scripts=yes when a JavaScript recording may be read (a .js path, "js" as --stdin-format, a folder holding a
#                   .js file, a glob), else no;
#   dll_small=yes   when every input is known and all of them together are at most DLL_SMALL_KB on disk, or
#                   DLL_SMALL_SCRIPTS_KB when a script may be read (a folder counts everything below it; no standard
#                   input "-", no glob), else no. Up to there C1 alone is as fast as tiered compilation and takes a
#                   third less CPU; past it C2 pays (docs/performance.md, "C1 alone: where it pays"). GraalJS's
#                   interpreter needs C2 sooner than the JSON path.
# One `du` for the paths that exist and one `find` per folder; arguments that name nothing (options, ids) count as
# nothing.
DLL_SMALL_KB=32768
DLL_SMALL_SCRIPTS_KB=8192
dll_inspect_args() {
  dll_scripts=no
  dll_small=yes
  dll_any_path=no
  for dll_arg in "$@"; do
    case $dll_arg in
      -) dll_small=no ;;
      *'*'* | *'?'* | *'['*) [ -e "$dll_arg" ] || { dll_small=no; dll_scripts=yes; } ;;
    esac
    case $dll_arg in
      *.[jJ][sS] | [jJ][sS] | --stdin-format=[jJ][sS]) dll_scripts=yes ;;
    esac
    if [ -e "$dll_arg" ]; then
      dll_any_path=yes
      if [ "$dll_scripts" = no ] && [ -d "$dll_arg" ] &&
        [ -n "$(find "$dll_arg" -iname '*.js' -type f -print -quit 2>/dev/null || true)" ]; then
        dll_scripts=yes
      fi
    fi
  done
  if [ "$dll_small" = yes ] && [ "$dll_any_path" = yes ]; then
    # Only the arguments that exist reach du's output; the others' complaints are dropped. The lines are added up
    # by the shell, without a pipe (every subshell is start-up time).
    dll_du=$(du -sk -- "$@" 2>/dev/null) || true
    dll_kb=0
    while read -r dll_k _; do
      case $dll_k in '' | *[!0-9]*) ;; *) dll_kb=$((dll_kb + dll_k)) ;; esac
    done <<EOF
$dll_du
EOF
    if [ "$dll_scripts" = yes ]; then
      [ "$dll_kb" -le "$DLL_SMALL_SCRIPTS_KB" ] || dll_small=no
    else
      [ "$dll_kb" -le "$DLL_SMALL_KB" ] || dll_small=no
    fi
  fi
  return 0
}

# dll_aot_option JAR DIR KIND JVM_OPTION...: sets dll_aot to -XX:AOTCache=FILE for this JDK and this jar, building
# the cache first when it is missing or older than the jar (one training run of a few seconds, once per kind); to
# nothing on a JDK before 25, with DATALAYER_LINT_AOT=0, or when the cache cannot be built or written. KIND is json
# (trained on JSON recordings alone) or all (JSON and a script, so GraalJS's classes are in it too): the JVM maps and
# links every class of a cache at start-up, and GraalJS's 3,300 would slow every JSON run, so a run that reads no
# script takes the json cache. The file name carries the kind, the JDK's home and runtime version, the jar's path
# and the JVM options, so a cache is only ever used by the JDK and the jar that made it (the JVM checks that too, and
# ignores a cache that does not match).
dll_aot_option() {
  dll_aot=""
  dll_aot_jar=$1
  dll_aot_dir=$2
  dll_aot_kind=$3
  shift 3
  [ "${DATALAYER_LINT_AOT:-1}" != 0 ] || return 0
  dll_major_of "$JAVA_HOME"
  [ "$dll_major" -ge 25 ] || return 0
  dll_release_value "$JAVA_HOME" JAVA_RUNTIME_VERSION
  dll_aot_key=$(cksum <<EOF
$JAVA_HOME|$dll_value|$dll_aot_jar|$*
EOF
)
  dll_aot_cache="$dll_aot_dir/datalayer-lint-${dll_aot_key%% *}-$dll_aot_kind.aot"
  if [ ! -f "$dll_aot_cache" ] || [ "$dll_aot_jar" -nt "$dll_aot_cache" ]; then
    dll_aot_build "$@" >/dev/null 2>&1 || true
  fi
  [ -f "$dll_aot_cache" ] && dll_aot="-XX:AOTCache=$dll_aot_cache"
  return 0
}

# The training run: small JSON recordings (one push that passes every check, one that fails the contract, so
# networknt's classes are in the cache for the runs that need it) and, for kind all, a small script; every report
# format is written, so each reporter's classes are in the cache too. The reports go to a temporary folder. The cache
# is written to a temporary name and moved, so concurrent first runs never see half a file.
dll_aot_build() {
  mkdir -p "$dll_aot_dir" 2>/dev/null || return 1
  [ -w "$dll_aot_dir" ] || return 1
  dll_aot_train=$(mktemp -d 2>/dev/null) || return 1
  printf '%s\n' '[{"ecommerce":null},{"event":"purchase","ecommerce":{"transaction_id":"T1","currency":"USD","value":7.77,"items":[{"item_id":"A","price":7.77,"quantity":1}]}},{"event":"refund","ecommerce":{"transaction_id":"T1","currency":"usd","value":7.77}}]' \
    >"$dll_aot_train/train.json"
  printf '%s\n' '{"event":"page_view","page_location":"https://shop.example/"}' \
    '{"ecommerce":null}' \
    '{"event":"view_item","ecommerce":{"currency":"EUR","value":3,"items":[{"item_id":"B","price":3,"quantity":1}]}}' \
    >"$dll_aot_train/train.ndjson"
  printf '%s\n' '{}' >"$dll_aot_train/datalayer-lint.json"
  set -- "$@" -jar "$dll_aot_jar" validate --config "$dll_aot_train/datalayer-lint.json" --no-progress --fail-on never \
    --output-dir "$dll_aot_train/reports" --format text,json,junit,sarif,github,checkstyle,gitlab,html \
    "$dll_aot_train/train.json" "$dll_aot_train/train.ndjson"
  if [ "$dll_aot_kind" = all ]; then
    printf '%s\n' 'window.dataLayer = window.dataLayer || [];' \
      'dataLayer.push({ ecommerce: null });' \
      'dataLayer.push({ event: "refund", ecommerce: { transaction_id: "T1", currency: "USD", value: 7.77 } });' \
      >"$dll_aot_train/train.js"
    # A script that must run (a variable), so GraalJS's classes are in the cache; train.js is read as data.
    printf '%s\n' 'var clear = { ecommerce: null };' 'dataLayer.push(clear);' >"$dll_aot_train/train-run.js"
    set -- "$@" "$dll_aot_train/train.js" "$dll_aot_train/train-run.js"
  fi
  dll_aot_tmp="$dll_aot_cache.$$.tmp"
  # Training runs the CLI with an empty configuration file (never one found where it was started) and no progress line.
  if "$JAVA_HOME/bin/java" -XX:AOTCacheOutput="$dll_aot_tmp" "$@" && [ -s "$dll_aot_tmp" ]; then
    mv -f "$dll_aot_tmp" "$dll_aot_cache"
  fi
  rm -rf "$dll_aot_train" "$dll_aot_tmp" "$dll_aot_tmp.config"
}

# dll_ascii_locale: true when the JVM would decode arguments and file names as ASCII (the C/POSIX locale) and the
# system has C.UTF-8 to switch to. C.UTF-8 itself, built into the C library (glibc 2.35+, Debian and Ubuntu before
# that, musl), is taken at its word, so a container's usual run starts no program here. Any other name asks `locale`:
# a UTF-8 locale that is named but not installed (LANG=en_US.UTF-8 in an image without it) falls back to ASCII.
dll_ascii_locale() {
  case ${LC_ALL:-${LC_CTYPE:-${LANG:-}}} in
    C.[Uu][Tt][Ff]-8 | C.[Uu][Tt][Ff]8) return 1 ;;
  esac
  [ "$(locale charmap 2>/dev/null || true)" = "ANSI_X3.4-1968" ] && locale -a 2>/dev/null | grep -Eqix 'c\.utf-?8'
}
