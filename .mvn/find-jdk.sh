# Sourced by ./mvnw, ./datalayer-lint and .ci/run: make JAVA_HOME point at a JDK 21 or newer.
# Keeps JAVA_HOME when it is already 21+, else takes the newest JDK found in the usual places.
# The distribution's bin/datalayer-lint ships this file and calls `dll_find_jdk java`: a runtime is enough there.
# POSIX sh, no bashisms: mvnw runs under /bin/sh with `set -euf`.

dll_release_value() {
  # The value of KEY ($2) in a JDK's `release` file ($1), without its quotes, or nothing: read by the shell itself,
  # since a launcher asks several times per run and every program it starts is start-up time.
  [ -f "$1/release" ] || return 0
  while IFS= read -r dll_line || [ -n "$dll_line" ]; do
    case $dll_line in
      "$2="*)
        dll_line=${dll_line#*=}
        dll_line=${dll_line#\"}
        echo "${dll_line%\"}"
        return 0
        ;;
    esac
  done <"$1/release"
}

dll_jdk_major() {
  # The JDK's feature version from its `release` file (no JVM start), or 0.
  v=$(dll_release_value "$1" JAVA_VERSION)
  v=${v%%[!0-9]*}
  [ "$v" = 1 ] && v=8
  echo "${v:-0}"
}

dll_quiet_unsafe() {
  # JDK 24+ warns when Maven's Guice uses sun.misc.Unsafe; the warning says nothing about our build.
  if [ "$(dll_jdk_major "$JAVA_HOME")" -ge 24 ]; then
    case "${MAVEN_OPTS-}" in *sun-misc-unsafe*) ;; *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;; esac
  fi
}

dll_resolve() {
  # The file a path names after following symbolic links (readlink -f is not on every macOS).
  p=$1
  while [ -h "$p" ]; do
    l=$(readlink "$p")
    case $l in /*) p=$l ;; *) p=$(dirname "$p")/$l ;; esac
  done
  echo "$p"
}

dll_find_jdk() {
  # $1: the program a usable home must have, javac (default: to build) or java (to run).
  dll_tool=${1:-javac}
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/$dll_tool" ] && [ "$(dll_jdk_major "$JAVA_HOME")" -ge 21 ]; then
    dll_quiet_unsafe
    return 0
  fi
  best=""
  best_major=0
  onpath=""
  if command -v "$dll_tool" >/dev/null 2>&1; then
    onpath=$(dirname "$(dirname "$(dll_resolve "$(command -v "$dll_tool")")")")
  fi
  # mvnw runs with `set -f`: globbing has to be switched back on for the search.
  case $- in *f*) dll_noglob=1; set +f ;; *) dll_noglob=0 ;; esac
  for home in $onpath /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME-}"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/$dll_tool" ] || continue
    m=$(dll_jdk_major "$home")
    if [ "$m" -gt "$best_major" ]; then
      best=$home
      best_major=$m
    fi
  done
  [ "$dll_noglob" = 1 ] && set -f
  if [ "$best_major" -ge 21 ]; then
    JAVA_HOME=$best
    export JAVA_HOME
    dll_quiet_unsafe
    return 0
  fi
  echo "datalayer-lint needs a JDK 21 or newer, and found none (JAVA_HOME='${JAVA_HOME-}', newest found: ${best:-none})." >&2
  echo "Install one (for example 'apt-get install openjdk-21-jdk', or Temurin 21 from adoptium) and set JAVA_HOME to it." >&2
  return 1
}
