#!/usr/bin/env bash
# The packaged bash completion offers the commands, a command's options and the formats.
set -euo pipefail
source "$1"
complete_line() { # words...
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
    _invitedesk_cli
    echo "${COMPREPLY[*]}"
}
check() { # expected-word words...
    local expected=$1; shift
    local got; got=$(complete_line "$@")
    [[ " $got " == *" $expected "* ]] || { echo "completion of '$*' lacks $expected: $got" >&2; exit 1; }
}
check withdraw invitedesk-cli w
check sign-in invitedesk-cli s
check sign-out invitedesk-cli sign-o
check invite invitedesk-cli i
check --note invitedesk-cli invite per_1 --n
check --dry-run invitedesk-cli withdraw --d
check --no-wait invitedesk-cli sync --n
check received invitedesk-cli list r
check json invitedesk-cli list sent --format j
check --older-than invitedesk-cli --data-dir /tmp list --o
echo "bash completion ok"
