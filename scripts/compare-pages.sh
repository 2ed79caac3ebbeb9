#!/usr/bin/env bash
# Compares the pre-rendered pages of two builds of dist/, to show that a change to the
# code left every page as it was. Three things change with any change to the code, and
# are replaced by a placeholder before the comparison: content hashes in file names
# (`-0123456789abcdef`) and integrity values (they follow the wasm and the scripts), and
# the module path in Yew's component markers (`<!--<[minesafe::site::view::layout::Layout]>-->`
# keeps its component's name, `Layout`, but not where the component lives). Everything
# else must be byte for byte the same.
#
# Usage: scripts/compare-pages.sh OLD_DIST NEW_DIST
# Prints one line per page that differs (with the first differing lines) and a summary;
# exits 1 if any page differs.
set -euo pipefail

old=${1:?usage: compare-pages.sh OLD_DIST NEW_DIST}
new=${2:?usage: compare-pages.sh OLD_DIST NEW_DIST}

normalise() {
  sed -E -e 's/-[0-9a-f]{16}([._])/-HASH\1/g' \
         -e 's/sha384-[A-Za-z0-9+\/=]{64}/sha384-INTEGRITY/g' \
         -e 's/minesafe::([a-z_0-9]+::)*([A-Za-z_0-9]+)/minesafe::…::\2/g' "$1"
}

pages=$(cd "$old" && find . -name '*.html' -o -name 'sitemap.xml' -o -name 'robots.txt' -o -name '*.webmanifest' | sort)
new_pages=$(cd "$new" && find . -name '*.html' -o -name 'sitemap.xml' -o -name 'robots.txt' -o -name '*.webmanifest' | sort)
if [ "$pages" != "$new_pages" ]; then
  echo "the two builds have different pages:"
  diff <(echo "$pages") <(echo "$new_pages") || true
  exit 1
fi

same=0
differ=0
for page in $pages; do
  if cmp -s <(normalise "$old/$page") <(normalise "$new/$page"); then
    same=$((same + 1))
  else
    differ=$((differ + 1))
    echo "differs: $page"
    diff <(normalise "$old/$page" | tr '>' '\n') <(normalise "$new/$page" | tr '>' '\n') | head -8 | sed 's/^/    /'
  fi
done
echo "compare-pages: $same identical, $differ different (hashes, integrity values and component paths aside)"
[ "$differ" -eq 0 ]
