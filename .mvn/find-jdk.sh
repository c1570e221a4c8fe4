# Sourced by ./mvnw, ./datalayer-lint and .ci/run: make JAVA_HOME point at a JDK 21 or newer.
# Keeps JAVA_HOME when it is already 21+, else takes the newest JDK found in the usual places.
# The distribution's bin/datalayer-lint ships this file and calls `dll_find_jdk java`: a runtime is enough there.
# POSIX sh, no bashisms: mvnw runs under /bin/sh with `set -euf`.

dll_release_value() {
  # Sets dll_value to the value of KEY ($2) in a JDK's `release` file ($1), without its quotes, or to nothing. Read
  # by the shell itself and handed back in a variable, not printed: a launcher asks several times per run, and every
  # program or subshell ($(...)) it starts is start-up time.
  dll_value=""
  [ -f "$1/release" ] || return 0
  while IFS= read -r dll_line || [ -n "$dll_line" ]; do
    case $dll_line in
      "$2="*)
        dll_value=${dll_line#*=}
        dll_value=${dll_value#\"}
        dll_value=${dll_value%\"}
        return 0
        ;;
    esac
  done <"$1/release"
}

dll_major_of() {
  # Sets dll_major to the JDK's ($1) feature version from its `release` file (no JVM start), or 0.
  dll_release_value "$1" JAVA_VERSION
  dll_major=${dll_value%%[!0-9]*}
  [ "$dll_major" = 1 ] && dll_major=8
  dll_major=${dll_major:-0}
}

dll_jdk_major() {
  # Prints the JDK's ($1) feature version, or 0 (dll_major_of without a subshell is cheaper inside a launcher).
  dll_major_of "$1"
  echo "$dll_major"
}

dll_quiet_unsafe() {
  # JDK 24+ warns when Maven's Guice uses sun.misc.Unsafe; the warning says nothing about our build.
  dll_major_of "$JAVA_HOME"
  if [ "$dll_major" -ge 24 ]; then
    case "${MAVEN_OPTS-}" in *sun-misc-unsafe*) ;; *) MAVEN_OPTS="${MAVEN_OPTS-} --sun-misc-unsafe-memory-access=allow"; export MAVEN_OPTS ;; esac
  fi
}

dll_resolve() {
  # Sets dll_path to the file a path ($1) names after following symbolic links (readlink -f is not on every macOS);
  # one readlink per link, no other program.
  dll_path=$1
  while [ -h "$dll_path" ]; do
    dll_link=$(readlink "$dll_path")
    case $dll_link in /*) dll_path=$dll_link ;; *) dll_path=${dll_path%/*}/$dll_link ;; esac
  done
}

dll_find_jdk() {
  # $1: the program a usable home must have, javac (default: to build) or java (to run). On success JAVA_HOME is
  # that home and dll_major its feature version.
  dll_tool=${1:-javac}
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/$dll_tool" ]; then
    dll_major_of "$JAVA_HOME"
    if [ "$dll_major" -ge 21 ]; then
      dll_quiet_unsafe
      return 0
    fi
  fi
  best=""
  best_major=0
  onpath=""
  if dll_path=$(command -v "$dll_tool" 2>/dev/null); then
    dll_resolve "$dll_path"
    onpath=${dll_path%/*}
    onpath=${onpath%/*}
  fi
  # mvnw runs with `set -f`: globbing has to be switched back on for the search.
  case $- in *f*) dll_noglob=1; set +f ;; *) dll_noglob=0 ;; esac
  for home in $onpath /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/lib/jvm/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME-}"/.sdkman/candidates/java/*; do
    [ -x "$home/bin/$dll_tool" ] || continue
    dll_major_of "$home"
    if [ "$dll_major" -gt "$best_major" ]; then
      best=$home
      best_major=$dll_major
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
