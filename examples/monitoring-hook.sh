#!/usr/bin/env bash
# How a monitoring system opens incidents through the CLI.
#
# Call it from the alerting hook, running as the monitoring account (a desk user with the
# operator role, e.g. `opsdesk user add monitor --name Zabbix --role operator --dept it`):
#
#   monitoring-hook.sh SERVICE CATEGORY SEVERITY "TITLE" ["DESCRIPTION"] [STARTED_AT]
#   monitoring-hook.sh billing application P2 "批价进程超时" "queue > 300k" 2026-11-20T09:52:00+08:00
#
# It prints the new incident's id. Exit codes follow opsdesk's: 0 ok, 2 bad arguments,
# 5 the account is not allowed; anything else is worth a page to a human.
set -euo pipefail
OPSDESK=${OPSDESK:-opsdesk}

service=$1 category=$2 severity=$3 title=$4
description=${5:-}
started_at=${6:-now}

json=$($OPSDESK incident new --json \
    --title "$title" --service "$service" --category "$category" --severity "$severity" \
    --channel monitoring --description "$description" --started-at "$started_at")

# --json prints the whole record; keep what the caller needs.
python3 -c 'import json,sys; i=json.load(sys.stdin); print(i["id"], i["escalation_level"], i["next_escalation_at"] or "-")' <<<"$json"

# Cron keeps the ladder moving between console sessions:
#   * * * * * opsdesk tick >/dev/null
