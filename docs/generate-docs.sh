#!/bin/sh
# Regenerates the parts of the docs that come from the program itself, so they cannot drift:
#   docs/rules.md   the validation rule reference, from the rule catalogue (podwright_docgen)
#   docs/cli.md     the blocks between "<!-- BEGIN GENERATED: podwright ARGS -->" and
#                   "<!-- END GENERATED -->", replaced by the output of `podwright ARGS`
#
#   docs/generate-docs.sh [--build-dir DIR]           build what is needed, rewrite the docs
#   docs/generate-docs.sh --check [--build-dir DIR]   only compare (CTest: docs_up_to_date)
#
# The build directory defaults to ./build (what run.sh and test.sh use).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build="$root/build"
check=0
while [ $# -gt 0 ]; do
    case $1 in
        --check) check=1 ;;
        --build-dir) build=$2; shift ;;
        *) echo "usage: $0 [--check] [--build-dir DIR]" >&2; exit 2 ;;
    esac
    shift
done
podwright="$build/src/app/podwright"
docgen="$build/src/cli/podwright_docgen"
if [ $check -eq 0 ]; then
    cmake --build "$build" --target podwright podwright_docgen >/dev/null
fi
for binary in "$podwright" "$docgen"; do
    [ -x "$binary" ] || { echo "$binary not found: build first" >&2; exit 2; }
done

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The same text whatever the user's locale and display.
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen

"$docgen" rules >"$out/rules.md"

# cli.md: keep everything outside the markers, run the command named in each BEGIN marker.
# QCommandLineParser prints the program's path and no subcommand in its usage line; show it
# as the user types it.
awk -v bin="$podwright" '
    /^<!-- BEGIN GENERATED: podwright .* -->$/ {
        print
        args = $0
        sub(/^<!-- BEGIN GENERATED: podwright /, "", args)
        sub(/ -->$/, "", args)
        name = "podwright"
        split(args, words, " ")
        if (words[1] !~ /^-/) name = name " " words[1]
        print "```text"
        command = "\"" bin "\" " args " 2>&1"
        while ((command | getline line) > 0) {
            at = index(line, bin)
            if (at > 0) line = substr(line, 1, at - 1) name substr(line, at + length(bin))
            print line
        }
        close(command)
        print "```"
        skipping = 1
        next
    }
    /^<!-- END GENERATED -->$/ { skipping = 0 }
    !skipping { print }
' "$here/cli.md" >"$out/cli.md"

status=0
# Every subcommand `podwright --help` lists needs its section in cli.md.
for command in $("$podwright" --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }'); do
    if ! grep -q "^<!-- BEGIN GENERATED: podwright $command --help -->\$" "$here/cli.md"; then
        echo "docs/cli.md has no section for 'podwright $command' (add one with a" \
             "'<!-- BEGIN GENERATED: podwright $command --help -->' block)" >&2
        status=1
    fi
done

# Relative links and images in the docs point at files that exist (and so get installed).
for page in "$here"/*.md; do
    for target in $(grep -o '](\([^)#:]*\)[)#]' "$page" | sed 's/^](//; s/[)#]$//' | sort -u); do
        if [ ! -e "$here/$target" ]; then
            echo "docs/$(basename "$page") links to $target, which does not exist" >&2
            status=1
        fi
    done
done

for file in rules.md cli.md; do
    if cmp -s "$out/$file" "$here/$file"; then
        continue
    fi
    if [ $check -eq 1 ]; then
        echo "docs/$file is out of date; run docs/generate-docs.sh --build-dir $build" >&2
        diff -u "$here/$file" "$out/$file" >&2 || true
        status=1
    else
        cp "$out/$file" "$here/$file"
        echo "updated docs/$file"
    fi
done
exit $status
