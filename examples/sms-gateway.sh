#!/bin/sh
# An SMS gateway for the command channel ([notify.command]), as a sketch to adapt: opsdesk runs
#
#   sms-gateway.sh <the configured args> -- <phone number>...
#
# with the message text on standard input, and OPSDESK_MEDIUM, OPSDESK_MESSAGE_ID and
# OPSDESK_SUBJECT in the environment. Exit 0 when the gateway took the message; any other exit is
# a failure opsdesk retries. Read the options only up to `--`: everything after it is a recipient,
# whatever it looks like, so no address can pass for an option. opsdesk checks the numbers too.
#
#   [notify.command]
#   program = "/usr/local/bin/sms-gateway.sh"
#   args = ["--from", "IT"]
set -eu

from=opsdesk
while [ $# -gt 0 ]; do
    case $1 in
        --from) from=$2; shift 2 ;;
        --) shift; break ;;
        *) echo "sms-gateway: unknown option $1" >&2; exit 2 ;;
    esac
done
[ $# -gt 0 ] || { echo "sms-gateway: no recipient" >&2; exit 2; }

# Read the whole message before answering: a gateway that stops reading early, or dies after
# sending, leaves opsdesk unsure whether the message went ("may have been sent").
text=$(cat)

for number in "$@"; do
    # Replace with the company's gateway call, e.g.:
    #   curl --fail -sS --data-urlencode "to=$number" --data-urlencode "text=$text" \
    #        --data-urlencode "from=$from" https://sms.example.com/send
    printf 'SMS %s -> %s (%s): %s\n' "$from" "$number" "${OPSDESK_MESSAGE_ID:-?}" "$text" >&2
done
echo "accepted ${OPSDESK_MESSAGE_ID:-?} for $#"
