#!/bin/sh
# Refresh the Qt Linguist files from the sources.
#
#   translations/update.sh                 update qtredis_de.ts and qtredis_zh_CN.ts
#   translations/update.sh FILE.ts...      update (or create) the given .ts files instead
#   translations/update.sh --list-sources  print the scanned files (relative to the root)
#
# Runs lupdate over the C++, QML and JavaScript files of src/, qml/ and
# examples/ (build directories and hidden directories are skipped). Existing
# translations are kept; strings that are no longer in the sources are kept
# as well, marked "vanished" (obsolete), so that a string that comes back
# finds its translation again. New strings arrive as type="unfinished":
# translate them (Qt Linguist, or any editor) before committing; the CTest
# test "translations" fails as long as one is left.
#
# lupdate is found in $LUPDATE, or in the Qt 6 host binaries
# (qtpaths6 --query QT_HOST_BINS), or in PATH (it must be Qt 6's).
# Works from any current directory; the .ts files keep relative source
# locations, so they do not depend on where the tree is checked out.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

find_lupdate() {
    if [ -n "${LUPDATE:-}" ]; then
        echo "$LUPDATE"
        return
    fi
    for qtpaths in qtpaths6 qtpaths; do
        if command -v "$qtpaths" >/dev/null 2>&1; then
            bins=$("$qtpaths" --query QT_HOST_BINS 2>/dev/null || true)
            if [ -n "$bins" ] && [ -x "$bins/lupdate" ]; then
                echo "$bins/lupdate"
                return
            fi
        fi
    done
    for candidate in lupdate-qt6 lupdate6 lupdate; do
        if command -v "$candidate" >/dev/null 2>&1; then
            command -v "$candidate"
            return
        fi
    done
    echo "update.sh: lupdate not found; set LUPDATE=/path/to/lupdate (Qt 6)" >&2
    exit 2
}

# The list of sources, shared by update.sh and the checker
# (check_translations.py runs this script on a temporary .ts file, and reads
# the list for its own checks of the QML/JavaScript files).
list_sources() {
    (
        cd "$root"
        find src qml examples \
            \( -type d \( -name 'build' -o -name 'build-*' -o -name '.*' \) -prune \) -o \
            -type f \( -name '*.cpp' -o -name '*.h' -o -name '*.qml' -o -name '*.js' -o -name '*.mjs' -o -name '*.ui' \) \
            -print | LC_ALL=C sort
    )
}

if [ "${1:-}" = "--list-sources" ]; then
    list_sources
    exit 0
fi

lupdate=$(find_lupdate)
case $("$lupdate" -version 2>&1) in
    *" 6."*) ;;
    *) echo "update.sh: $lupdate is not Qt 6's lupdate; set LUPDATE" >&2; exit 2 ;;
esac

if [ $# -eq 0 ]; then
    set -- "$here/qtredis_de.ts" "$here/qtredis_zh_CN.ts"
fi
# lupdate runs in the source root: make the .ts paths absolute first.
for ts in "$@"; do
    case $ts in
        /*) ;;
        *) ts="$(pwd)/$ts" ;;
    esac
    set -- "$@" "$ts"
    shift
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
list_sources > "$tmp/sources.lst"

cd "$root"
"$lupdate" ${LUPDATE_OPTIONS:-} -locations relative -source-language en \
    "@$tmp/sources.lst" -ts "$@"
