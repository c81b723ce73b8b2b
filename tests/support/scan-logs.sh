#!/usr/bin/env bash
# Fails when anything the test run logged holds a bearer token or a password:
#   tests/support/scan-logs.sh PATH...   (files, or folders searched recursively)
# Run by packaging/run-tests.sh after ctest over ctest's own log (every test's output:
# the in-process servers and clients), the children's logs the tests kept
# (INVITEDESK_TEST_LOG_DIR, tests/support/childlog.h) and the contract run's logs
# (server, Prism, driver). What it looks for: a token as the server issues them
# (idt_ and 43 base64url characters), any "Bearer" credential of 20 characters or
# more, a JSON "password" member with a value, and the passwords the tests use.
# Matches are shown with the secret masked. Fails too when there is nothing to scan.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 PATH..." >&2
  exit 2
fi

files=()
for path in "$@"; do
  [[ -e $path ]] || continue
  while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$path" -type f -size +0 -print0)
done
if ((${#files[@]} == 0)); then
  echo "scan-logs: no logs found in $*" >&2
  exit 1
fi

passwords=(password-123 script-password-1 sync-password-1 scale-password alice-password alice-pw-1
  demo-password keyring-password not-her-password wrong-password wrong-guess)
pattern='idt_[A-Za-z0-9_-]{43}|Bearer [A-Za-z0-9._~+/=-]{20,}|"password" *: *"[^"]+'
for p in "${passwords[@]}"; do pattern+="|$p"; done

bytes=$(cat "${files[@]}" | wc -c)
if hits=$(grep -EnoaH -- "$pattern" "${files[@]}" | head -20) && [[ -n $hits ]]; then
  echo "scan-logs: a token or password was logged:" >&2
  sed -E 's/(idt_|Bearer |"password" *: *")[^ "]{4}[^ "]*/\1…/; s/(:[0-9]+:).*/\1 (secret masked)/' <<<"$hits" >&2
  exit 1
fi
echo "scan-logs: ${#files[@]} logs, $bytes bytes: no token and no password"
