#!/usr/bin/env bash
# hireable's jar for the GitHub Action (action.yml): the released hireable.jar of the action's own ref when the ref
# is a release tag (v + the version in pom.xml) that has one, downloaded from that release of the action's own
# repository and checked against its SHA-256; otherwise built once from the action's sources. Either way its
# class-data archive is made beside it, and actions/cache keeps both between runs.
#
#   jar.sh plan   prints dir= (where the jar goes) and key= (the cache key: runner, Java and a hash of the sources
#                 that this script computes itself) to GITHUB_OUTPUT
#   jar.sh make   puts hireable.jar and hireable.jsa into dir
#
# Environment: GITHUB_ACTION_PATH, RUNNER_TEMP, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_SERVER_URL, RUNNER_OS,
# RUNNER_ARCH (from the runner); HIREABLE_ACTION_REPOSITORY, HIREABLE_ACTION_REF, HIREABLE_JAVA_VERSION (from
# action.yml). A failure is told in the job summary and as an error annotation.
set -euo pipefail

action=$GITHUB_ACTION_PATH
dir=$RUNNER_TEMP/hireable-action
sample=(examples/churn-guard examples/review-sentiment examples/titanic-notebook)

fail() {
  local reason=$1
  printf '## ❌ hireable could not be set up\n\n%s\n' "$reason" >> "${GITHUB_STEP_SUMMARY:-/dev/null}"
  reason=${reason//'%'/'%25'}
  echo "::error title=hireable::$reason"
  exit 1
}

# the SHA-256 of standard input, as hex
sha256() {
  if command -v sha256sum > /dev/null 2>&1; then sha256sum; else shasum -a 256; fi | cut -d' ' -f1
}

# the version in the action's pom.xml: its release is tagged v + this
project_version() {
  sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$action/pom.xml" | head -n 1
}

# every source file's name and content: the same sources give the same key wherever the action's folder is
source_hash() {
  (
    cd "$action"
    # shellcheck disable=SC2016 # the inner script expands its own "$@"
    find pom.xml src/main rules -type f -print0 | LC_ALL=C sort -z \
      | xargs -0 sh -c 'if command -v sha256sum > /dev/null 2>&1; then sha256sum "$@"; else shasum -a 256 "$@"; fi' sh
  ) | sha256 | cut -c1-24
}

cache_key() {
  printf 'hireable-%s-%s-java%s-%s-%s' "${RUNNER_OS:-os}" "${RUNNER_ARCH:-arch}" "${HIREABLE_JAVA_VERSION:-unknown}" \
    "$(project_version)" "$(source_hash)"
}

# 0 when the release's jar is in dir and matches its SHA-256; 1 when the release has no such asset
download() {
  local tag=$1 base status expected actual
  base=${GITHUB_SERVER_URL:-https://github.com}/$HIREABLE_ACTION_REPOSITORY/releases/download/$tag
  status=$(curl -sSL --retry 3 -o "$dir/hireable.jar.sha256" -w '%{http_code}' "$base/hireable.jar.sha256") \
    || fail "The release $tag of $HIREABLE_ACTION_REPOSITORY could not be reached ($base)."
  if [ "$status" = 404 ]; then
    echo "hireable: the release $tag of $HIREABLE_ACTION_REPOSITORY has no hireable.jar; building it from the action's sources."
    rm -f "$dir/hireable.jar.sha256"
    return 1
  fi
  [ "$status" = 200 ] || fail "The release $tag of $HIREABLE_ACTION_REPOSITORY answered HTTP $status for hireable.jar.sha256."
  curl -fsSL --retry 3 -o "$dir/hireable.jar" "$base/hireable.jar" \
    || fail "The jar of the release $tag could not be downloaded from $base/hireable.jar."
  expected=$(cut -d' ' -f1 < "$dir/hireable.jar.sha256" | tr 'A-F' 'a-f')
  actual=$(sha256 < "$dir/hireable.jar")
  [[ $expected =~ ^[0-9a-f]{64}$ ]] || fail "The release $tag has no SHA-256 in hireable.jar.sha256; not running its jar."
  if [ "$expected" != "$actual" ]; then
    rm -f "$dir/hireable.jar"
    fail "The downloaded hireable.jar of $tag does not match its SHA-256 (expected $expected, got $actual); not running it."
  fi
  echo "hireable: using the released hireable.jar of $tag (SHA-256 $actual)."
}

build() {
  echo "hireable: building hireable from the action's sources (once: later runs take it from the cache)."
  (cd "$action" && sh ./mvnw -B -q package -DskipTests -Dcds.skip) \
    || fail "Building hireable from the action's sources failed; the log of this step says why."
  cp "$action/target/hireable.jar" "$dir/hireable.jar"
}

plan() {
  { echo "dir=$dir"; echo "key=$(cache_key)"; } >> "$GITHUB_OUTPUT"
}

make() {
  local key tag
  key=$(cache_key)
  if [ -f "$dir/hireable.jar" ] && [ "$(cat "$dir/key" 2> /dev/null)" = "$key" ]; then
    echo "hireable: the jar is already here (an earlier use of the action in this job)."
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  tag=v$(project_version)
  if [ -z "${HIREABLE_ACTION_REPOSITORY:-}" ] || [ "${HIREABLE_ACTION_REF:-}" != "$tag" ] || ! download "$tag"; then
    build
  fi
  # the archive fits this jar where it is and this Java: made here, it is used by every run restored from the cache
  (cd "$action" && HIREABLE_JAR=$dir/hireable.jar HIREABLE_CDS=create NO_COLOR=1 sh bin/hireable dir "${sample[@]}") \
    > /dev/null 2>&1 || echo "hireable: no class-data archive was made; hireable starts a little slower."
  echo "$key" > "$dir/key"
}

case ${1:-} in
  plan) plan ;;
  make) make ;;
  *)
    echo "usage: jar.sh plan|make" >&2
    exit 2
    ;;
esac
