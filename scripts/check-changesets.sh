#!/usr/bin/env bash
# Fails when packages/ or datasets/ changed since the base without a changeset saying so.
# Base: $CHANGESET_BASE, else origin/main, else main. On main itself (nothing to compare) it passes.
set -euo pipefail
base="${CHANGESET_BASE:-}"
if [ -z "$base" ]; then
  if git rev-parse --verify -q origin/main >/dev/null; then base=origin/main; else base=main; fi
fi
if ! git rev-parse --verify -q "$base" >/dev/null; then
  echo "check-changesets: base '$base' not found; set CHANGESET_BASE to the branch you merge into." >&2
  exit 1
fi
changed=$(git diff --name-only "$base"...HEAD -- packages datasets | grep -v -E '(^|/)(CHANGELOG\.md|test-results\.json)$' || true)
if [ -z "$changed" ]; then
  echo "check-changesets: no change to packages/ or datasets/ since $base."
  exit 0
fi
if ! npx changeset status --since="$base" >/tmp/changeset-status.$$ 2>&1; then
  cat /tmp/changeset-status.$$ >&2
  rm -f /tmp/changeset-status.$$
  {
    echo
    echo "check-changesets: these files changed since $base but no changeset covers their packages:"
    echo "$changed" | sed 's/^/  /' | head -20
    echo "Run 'npm run changeset', choose the packages and the bump (data semver: docs/versioning.md), and commit the file it writes."
  } >&2
  exit 1
fi
rm -f /tmp/changeset-status.$$
echo "check-changesets: every changed package has a changeset since $base."
