# bash completion for invitedesk-cli
_invitedesk_cli()
{
    local cur prev command=""
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    case $prev in
        --data-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
        --password-file|--ca-certificates) COMPREPLY=($(compgen -f -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "table csv json" -- "$cur")); return ;;
        --older-than|--limit|--company|--search|--account|--server|--user|--note) return ;;
    esac
    # The command is the first word that is neither an option nor an option's value.
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --data-dir|--account|--password-file|--ca-certificates|--format|--older-than|--limit|--company|--search|--server|--user|--note)
                ((i++)) ;;
            -*) ;;
            *) command=${COMP_WORDS[i]}; break ;;
        esac
    done
    local common="--data-dir --account --password-file --ca-certificates --help"
    case $command in
        "") COMPREPLY=($(compgen -W "list withdraw accept ignore invite sync status sign-in sign-out export $common --version" -- "$cur")) ;;
        list) COMPREPLY=($(compgen -W "received sent withdrawn --older-than --company --search --expiring-soon --format $common" -- "$cur")) ;;
        withdraw) COMPREPLY=($(compgen -W "--older-than --limit --dry-run --yes --no-wait $common" -- "$cur")) ;;
        accept|ignore) COMPREPLY=($(compgen -W "--yes --no-wait $common" -- "$cur")) ;;
        invite) COMPREPLY=($(compgen -W "--note --no-wait $common" -- "$cur")) ;;
        sync) COMPREPLY=($(compgen -W "--no-wait $common" -- "$cur")) ;;
        sign-in) COMPREPLY=($(compgen -W "--server --user $common" -- "$cur")) ;;
        export) COMPREPLY=($(compgen -W "--format $common" -- "$cur")) ;;
        *) COMPREPLY=($(compgen -W "$common" -- "$cur")) ;;
    esac
}
complete -F _invitedesk_cli invitedesk-cli
