#compdef opsdesk

autoload -U is-at-least

_opsdesk() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_opsdesk_commands" \
"*::: :->opsdesk" \
&& ret=0
    case $state in
    (opsdesk)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
'--name=[Your display name \[default\: from the password database, else your login\]]:NAME:_default' \
'--dept-name=[The name of the IT department that runs the desk]:DEPT_NAME:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(demo)
_arguments "${_arguments_options[@]}" : \
'--role=[Your role on the demo desk\: operator, supervisor, manager, leader or admin]:ROLE:_default' \
'--seed=[Seed for the generated incidents]:SEED:_default' \
'--incidents=[Add this many incidents from the years before (90% closed, each with its history)\: a desk at scale for \`opsdesk bench\`]:INCIDENTS:_default' \
'--requests=[Add this many closed service requests from the years before, each with its history\: an archive to search and export (R8)]:REQUESTS:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--open[Open the console on it afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(user)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__user_commands" \
"*::: :->user" \
&& ret=0

    case $state in
    (user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-user-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--name=[]:NAME:_default' \
'--role=[operator, supervisor, manager, leader or admin]:ROLE:_default' \
'--dept=[Department code (see opsdesk dept list)]:DEPT:_default' \
'--phone=[]:PHONE:_default' \
'--email=[]:EMAIL:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':login -- The operating-system login:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--name=[]:NAME:_default' \
'--dept=[Department code]:DEPT:_default' \
'--phone=["" clears it]:PHONE:_default' \
'--email=["" clears it]:EMAIL:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':login:_default' \
&& ret=0
;;
(set-role)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':login:_default' \
':role -- operator, supervisor, manager, leader or admin:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__user__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-user-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set-role)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(dept)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__dept_commands" \
"*::: :->dept" \
&& ret=0

    case $state in
    (dept)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-dept-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--name=[]:NAME:_default' \
'--kind=[business (default) or it]:KIND:_default' \
'--interface=[接口人\: the first person notices go to]:INTERFACE:_default' \
'--interface-phone=[]:INTERFACE_PHONE:_default' \
'--interface-email=[]:INTERFACE_EMAIL:_default' \
'--head=[]:HEAD:_default' \
'--head-phone=[]:HEAD_PHONE:_default' \
'--head-email=[]:HEAD_EMAIL:_default' \
'--manager=[]:MANAGER:_default' \
'--manager-phone=[]:MANAGER_PHONE:_default' \
'--manager-email=[]:MANAGER_EMAIL:_default' \
'--relevance=[Order in lists and notices\: lower first]:RELEVANCE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--front-line[A front-line service department (call centre, network operations; C5)]' \
'--maintenance[A maintenance department (C5)]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':code -- A short code\: marketing, callcentre, …:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--name=[]:NAME:_default' \
'--interface=[]:INTERFACE:_default' \
'--interface-phone=[]:INTERFACE_PHONE:_default' \
'--interface-email=[]:INTERFACE_EMAIL:_default' \
'--head=[]:HEAD:_default' \
'--head-phone=[]:HEAD_PHONE:_default' \
'--head-email=[]:HEAD_EMAIL:_default' \
'--manager=[]:MANAGER:_default' \
'--manager-phone=[]:MANAGER_PHONE:_default' \
'--manager-email=[]:MANAGER_EMAIL:_default' \
'--front-line=[true or false (C5)]:BOOL:(true false)' \
'--maintenance=[true or false (C5)]:BOOL:(true false)' \
'--relevance=[]:RELEVANCE:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':code:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__dept__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-dept-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(service)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-service-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--name=[The English name]:NAME:_default' \
'--name-zh=[The Chinese name (计费)]:NAME_ZH:_default' \
'*--alias=[Another word typed for it; repeat for more]:WORD:_default' \
'--order=[Order in lists\: lower first]:ORDER:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':code -- A short code records carry\: billing, crm, sms-gateway, …:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--name=[]:NAME:_default' \
'--name-zh=["" clears it]:NAME_ZH:_default' \
'*--alias=[The aliases, all of them, replacing those it has; repeat for more]:WORD:_default' \
'--order=[]:ORDER:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'(--alias)--no-aliases[Remove every alias]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':code:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--all[Retired services too]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(merge)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':from -- The service to merge away, by its code, a name or an alias (计费):_default' \
':into -- The service it joins (billing):_default' \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--undo[Bring a retired service back]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':code:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__service__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-service-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(merge)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(incident)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__incident_commands" \
"*::: :->incident" \
&& ret=0

    case $state in
    (incident)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-incident-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--title=[]:TITLE:_default' \
'--service=[The affected service (billing, crm, …)]:SERVICE:_default' \
'--category=[os, network, application, database or other]:CATEGORY:_default' \
'--channel=[phone, email, online, monitoring or walk-in]:CHANNEL:_default' \
'--severity=[P1-P4 \[default\: P3\]]:SEVERITY:_default' \
'--reporter=[]:REPORTER:_default' \
'--contact=[How to reach the reporter]:CONTACT:_default' \
'--dept=[Reporting department or customer]:DEPT:_default' \
'--received-at=[When the desk received the report \[default\: now\]. TIME\: RFC 3339, HH\:MM, or -16m, -2h]:TIME:_default' \
'--started-at=[When the fault started, if earlier \[default\: received_at\]]:TIME:_default' \
'--restored-at=[Recorded after the fact\: the service was already restored at TIME (you own it; no ladder step it never reached is raised)]:TIME:_default' \
'*--affected=[Departments the fault affects (codes, comma-separated)\: told when it is over (I8)]:CODES:_default' \
'--description=[]:DESCRIPTION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--outage[The service is suspended (counts against the outage budget, I11)]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--level=[Only at this escalation level\: none, supervisor, manager or leader]:LEVEL:_default' \
'--status=[]:STATUS:_default' \
'--service=[]:SERVICE:_default' \
'--category=[]:CATEGORY:_default' \
'--owner=[]:OWNER:_default' \
'--since=[Received at or after TIME]:TIME:_default' \
'--until=[Received before TIME]:TIME:_default' \
'--before=[The next page\: incidents with ids below this one]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--open[Only incidents not closed]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--to=[Assign to this login instead of yourself (supervisor and above)]:LOGIN:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(contact)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--note=[What the reporting site said]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'*--affected=[More departments the fault affected (codes, comma-separated)\: told it is over (I8)]:CODES:_default' \
'--note=[]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--outage[The service had been suspended (I11)]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(resolve)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--cause=[The cause and what removed it, in plain words]:CAUSE:_default' \
'--problem=[The problem this incident belongs to (with --needs-change)]:ID:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--human[The cause was human (I11\: not counted against the outage budget)]' \
'--needs-change[Removing the cause needs a system change (I9)\: the cause becomes a problem, opened in the same step, or linked to the problem --problem names]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--satisfaction=[1 (very unhappy) to 5 (very satisfied)]:SATISFACTION:_default' \
'--note=[]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(reopen)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--reason=[]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(affects)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
'*::depts -- Department codes, comma-separated (see opsdesk dept list):_default' \
&& ret=0
;;
(note)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
':text:_default' \
&& ret=0
;;
(declare-major)
_arguments "${_arguments_options[@]}" : \
'--plan=[The emergency plan it is handled under (see opsdesk plan list)]:PLAN:_default' \
'--reason=[Why it is major]:REASON:_default' \
'--at=[When it was declared, if recorded after the fact \[default\: now\]]:TIME:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id -- The incident:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__incident__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-incident-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(contact)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(resolve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reopen)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(affects)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(note)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(declare-major)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(ledger)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__ledger_commands" \
"*::: :->ledger" \
&& ret=0

    case $state in
    (ledger)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-ledger-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
'--from=[From this day (YYYY-MM-DD in the desk'\''s zone) or TIME\: incidents received from then]:DATE:_default' \
'--to=[To this day, inclusive (YYYY-MM-DD), or up to TIME]:DATE:_default' \
'--format=[xlsx (a workbook\: header frozen, filters, dates as dates) or csv (UTF-8 with a byte-order mark)]:FORMAT:_default' \
'--kind=[The kinds of record, comma-separated\: incident, request (received at IT in the range), change (planned in it), run (due in it); a workbook has a sheet each, a CSV file holds one \[default\: incident\]]:KINDS:_default' \
'--out=[Write to FILE (refused if it exists) \[default\: standard output, csv only\]]:FILE:_files' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the export'\''s record as JSON]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
'--map=[Which column holds what (see examples/ledger-map.toml)]:MAP:_files' \
'--skip-bad=[Import the good rows and write the bad ones, with their reasons, to REJECTS (a CSV file; refused if it exists)]:REJECTS:_files' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--dry-run[Read and check every row, import nothing]' \
'--json[Print the report as JSON]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':file -- The ledger\: .xlsx (or .xls, .ods) or .csv in UTF-8:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__ledger__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-ledger-help-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(change)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__change_commands" \
"*::: :->change" \
&& ret=0

    case $state in
    (change)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-change-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--title=[]:TITLE:_default' \
'*--systems=[Systems it touches, comma-separated]:SYSTEMS:_default' \
'--description=[]:DESCRIPTION:_default' \
'--month=[The month whose plan holds it, YYYY-MM \[default\: the window'\''s month\]]:MONTH:_default' \
'--start=[Window start (TIME)]:TIME:_default' \
'--end=[Window end (TIME)]:TIME:_default' \
'*--collaborators=[Departments whose hands it needs (codes, comma-separated; C6)]:COLLABORATORS:_default' \
'--steps=[The written order of the steps across departments (C6)]:STEPS:_default' \
'--unplanned=[Outside the month'\''s plan (C2)\: name the requirement]:REQUIREMENT:_default' \
'--scope=[Scope of impact]:SCOPE:_default' \
'--impact-duration=[How long the impact lasts]:IMPACT_DURATION:_default' \
'--operator=[Who operates it]:OPERATOR:_default' \
'--it-contact=[The IT department'\''s contact on site]:IT_CONTACT:_default' \
'--notes=[]:NOTES:_default' \
'*--departments=[Business departments concerned, most relevant first (codes, comma-separated; C7)]:DEPARTMENTS:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--user-affecting[It affects users of the live network (C4, C5)]' \
'--complex[Complex or wide (C9)]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--before=[With --all\: the next page, changes with ids below this one]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--all[Every change, not only the open ones]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
'--start=[]:TIME:_default' \
'--end=[]:TIME:_default' \
'--month=[YYYY-MM\: the plan it belongs to, or the month to print \[default\: this month\]]:MONTH:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
'::id -- The change to plan; leave out to print the month'\''s plan:_default' \
&& ret=0
;;
(confirm-test)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--by=[Who confirmed it (the business departments'\'' people)]:BY:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(schedule)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--override=[Emergency\: go ahead past the failing gates (or outside the window), for this reason (manager and above)]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(notify)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--notice=[c5 (maintenance departments), c5-front (front-line departments), c6 (collaborators), c7]:NOTICE:_default' \
'--channel=[email, sms, phone, in-person …]:CHANNEL:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--override=[Emergency\: go ahead past the failing gates (or outside the window), for this reason (manager and above)]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(finish)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--outcome=[succeeded, failed or rolled-back]:OUTCOME:_default' \
'--why=[Why, briefly, when it failed or was rolled back]:WHY:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(result)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--late=[It ran far off the announced time\: say why]:WHY:_default' \
'--remaining=[Remaining issues and their schedule]:REMAINING:_default' \
'--notes=[]:NOTES:_default' \
'--channel=[]:CHANNEL:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(summary)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--confirmed-at=[When the full confirmation was done \[default\: now\]]:TIME:_default' \
'--background=[]:BACKGROUND:_default' \
'--done=[]:DONE:_default' \
'--difficulty=[]:DIFFICULTY:_default' \
'--significance=[]:SIGNIFICANCE:_default' \
'--channel=[]:CHANNEL:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(notice)
_arguments "${_arguments_options[@]}" : \
'--kind=[c7 (change notice), c8 (result notice) or c9 (summary report)]:KIND:_default' \
'--lang=[en or zh-CN \[default\: zh-CN\]]:LANG:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__change__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-change-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confirm-test)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(schedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(notify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(finish)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(result)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(summary)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(notice)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(billing)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__billing_commands" \
"*::: :->billing" \
&& ret=0

    case $state in
    (billing)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-billing-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--kind=[billing, settlement-agents, settlement-cp or settlement-channels]:KIND:_default' \
'--period=[The month billed or settled, YYYY-MM]:PERIOD:_default' \
'--in-charge=[The person in charge (a login) \[default\: you\]]:LOGIN:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the run is still at this version]:N:_default' \
'--result=[ok or anomaly]:RESULT:_default' \
'*--figure=[A figure the item records\: --figure rows_in=1200345 (repeat)]:NAME=VALUE:_default' \
'--remark=[]:REMARK:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
':item -- The item'\''s key or number:_default' \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the run is still at this version]:N:_default' \
'--verdict=[ok or rejected]:VERDICT:_default' \
'--note=[]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
':item:_default' \
&& ret=0
;;
(anomaly)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the run is still at this version]:N:_default' \
'--what=[What happened]:WHAT:_default' \
'--effect=[deadline, result or both]:EFFECT:_default' \
'--told=[The supervisor and manager were told already\: how]:HOW:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(submit)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the run is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(confirm)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the run is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(dispute)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the run is still at this version]:N:_default' \
'--reason=[]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(rollback)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the run is still at this version]:N:_default' \
'--reason=[]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(retry)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the run is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
'--kind=[check (B4) or deadline (B5)]:KIND:_default' \
'--lang=[en or zh-CN]:LANG:_default' \
'--format=[markdown or text]:FORMAT:_default' \
'--attempt=[An earlier attempt \[default\: the current one\]]:ATTEMPT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__billing__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-billing-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(anomaly)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(submit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confirm)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(dispute)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rollback)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retry)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(request)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__request_commands" \
"*::: :->request" \
&& ret=0

    case $state in
    (request)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-request-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--kind=[requirement (R1), product (R2), account (R3), extraction (R4) or processing (R5)]:KIND:_default' \
'--title=[]:TITLE:_default' \
'--dept=[The requesting department'\''s code (see opsdesk dept list)]:DEPT:_default' \
'--requester=[]:REQUESTER:_default' \
'--contact=[The requester'\''s phone number or e-mail address\: the receipt goes there]:CONTACT:_default' \
'--channel=[oa, email, paper or phone]:CHANNEL:_default' \
'--form-no=[The form'\''s own number (OA 流水号); required for oa and paper (R8)]:FORM_NO:_default' \
'--received-at=[When the form reached IT \[default\: now\]. TIME\: 2026-11-20 10\:05, RFC 3339, HH\:MM, -2h]:TIME:_default' \
'--filed-at=[When the requester filed the form\: approvals from there are not counted (R7)]:TIME:_default' \
'*--approval=[An approval the form came with, ROLE=NAME or ROLE=NAME@TIME (repeat it)]:ROLE=NAME[@TIME]:_default' \
'--description=[]:DESCRIPTION:_default' \
'--action=[R3\: new, change or remove]:ACTION:_default' \
'--system=[R3\: the system]:SYSTEM:_default' \
'--account=[R3\: the account name]:ACCOUNT:_default' \
'--person=[R3\: the person'\''s login]:PERSON:_default' \
'--person-name=[]:PERSON_NAME:_default' \
'--permission=[R3\: the permission]:PERMISSION:_default' \
'--purpose=[R4\: the purpose of use (required)]:PURPOSE:_default' \
'--scope=[R4\: the scope of use (required)]:SCOPE:_default' \
'--president=[R4\: needed or not-needed\: the IT manager'\''s decision (a manager only)]:PRESIDENT:_default' \
'--classification=[R4\: top-secret (绝密), secret (机密) or confidential (保密)]:CLASSIFICATION:_default' \
'--supervisor=[R5\: the supervisor who sent the urgent item]:SUPERVISOR:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--changes-product[R1\: it changes a product (the product department'\''s confirmation is an approval, role product_dept)]' \
'--beyond-authority[R3\: IT judges the permission beyond the business department'\''s authority]' \
'--urgent[R5\: a single urgent item by the requester'\''s supervisor'\''s e-mail]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--kind=[]:KIND:_default' \
'--dept=[]:DEPT:_default' \
'--status=[]:STATUS:_default' \
'--requester=[]:REQUESTER:_default' \
'--number=[The form'\''s own number (OA 流水号)]:NUMBER:_default' \
'--text=[Text in the title, description, requester or form number]:TEXT:_default' \
'--owner=[]:OWNER:_default' \
'--before=[The next page\: requests with ids below this one]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--open[Only requests not closed]' \
'--late[Only those whose limit passed unmet, or was met late (R7)]' \
'--paused[Only those whose clock stands still now]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--to=[Assign to this login instead of yourself (supervisor and above)]:LOGIN:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--by=[Who approved (a name; the president is recorded, not a login)]:BY:_default' \
'--role=[The role that approved\: dept_manager, marketing_manager, business_management, leader, president, product_dept …]:ROLE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(decide)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--president=[needed or not-needed]:PRESIDENT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(escalate)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--reason=[]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(pause)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--reason=[]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(resume)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(evaluate)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--note=[The first evaluation (R1) or opinion (R5), as sent back]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--new-project[R1\: beyond the framework or the project'\''s scope\: turned into a new project]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(deliver)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--note=[]:NOTE:_default' \
'--classification=[R4\: top-secret (绝密), secret (机密) or confidential (保密)]:CLASSIFICATION:_default' \
'--sha256=[R4\: the delivered file'\''s SHA-256, 64 hex digits]:HEX:_default' \
'--reply=[R5 urgent\: the reply sent to the supervisor'\''s e-mail]:REPLY:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--encrypted[R4\: the delivered file is encrypted]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(confirm)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--verdict=[satisfied or not-satisfied (sends it back to work)]:VERDICT:_default' \
'--form=[The feedback form'\''s number]:FORM:_default' \
'--note=[]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--reason=[Why an unfinished request is closed (withdrawn, refused …)]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
'--from=[From this day (YYYY-MM-DD in the desk'\''s zone) or TIME\: requests received at IT from then]:DATE:_default' \
'--to=[To this day, inclusive (YYYY-MM-DD), or up to TIME]:DATE:_default' \
'--format=[csv (UTF-8 with a byte-order mark, for a spreadsheet)]:FORMAT:_default' \
'--kind=[]:KIND:_default' \
'--dept=[]:DEPT:_default' \
'--output=[Write to FILE (refused if it exists) \[default\: standard output\]]:FILE:_files' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the export'\''s record as JSON (with --output)]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(exports)
_arguments "${_arguments_options[@]}" : \
'--before=[The next page\: exports with ids below this one]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__request__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-request-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decide)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(escalate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pause)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(resume)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(evaluate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deliver)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confirm)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(exports)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(support)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__support_commands" \
"*::: :->support" \
&& ret=0

    case $state in
    (support)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-support-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--project=[]:PROJECT:_default' \
'--project-no=[The project number; leave it out while the project is only intended]:PROJECT_NO:_default' \
'--client=[甲方]:CLIENT:_default' \
'--owner=[业主方]:OWNER:_default' \
'*--type=[full (全委托), standard (公版) or guidance (指导); repeat it for several]:TYPE:_default' \
'--support=[支撑要求\: what support is wanted]:SUPPORT:_default' \
'--material=[现有资料\: the material provided (this or --needs, or both)]:MATERIAL:_default' \
'--needs=[甲方需求\: the client'\''s needs (this or --material, or both)]:NEEDS:_default' \
'--initiator=[The project'\''s initiator (项目发起人)]:INITIATOR:_default' \
'--dept=[The initiator'\''s department'\''s code (see opsdesk dept list)]:DEPT:_default' \
'--contact=[The initiator'\''s phone number or e-mail address\: the reply goes there]:CONTACT:_default' \
'--channel=[oa, email, paper or phone]:CHANNEL:_default' \
'--form-no=[The form'\''s own number (OA 流水号); required for oa and paper (R8)]:FORM_NO:_default' \
'--received-at=[When the approved form reached the centre \[default\: now\]. TIME\: 2026-11-20 10\:05, HH\:MM, -2h]:TIME:_default' \
'*--approval=[An approval the form came with, ROLE=NAME or ROLE=NAME@TIME (repeat it)\: by default leader and marketing are needed]:ROLE=NAME[@TIME]:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--status=[received, queued, in_review, returned, passed or closed]:STATUS:_default' \
'--before=[The next page\: forms with ids below this one]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--open[Only forms not closed]' \
'--late[Only those not replied to by their due time, or replied to after it]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(reply)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--channel=[email, sms, im, oa, paper or outbox (a phone call leaves no trace)]:CHANNEL:_default' \
'--text=[What the reply said]:TEXT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--plan=[The work plan made from the approved form]:PLAN:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(urgent)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--reason=[Why the project is urgent (required)]:REASON:_default' \
'--approved-by=[The general manager who approved the urgent form (required)]:NAME:_default' \
'--approved-at=[When the general manager approved it (required)]:TIME:_default' \
'--form-no=[The urgent form'\''s own number]:FORM_NO:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(proposal)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--note=[What this version is (初稿, 二稿 …)]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--verdict=[passed or returned]:VERDICT:_default' \
'--by=[The leader who reviewed it]:NAME:_default' \
'--comments=[The leaders'\'' comments (required when returned)]:COMMENTS:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(reassign)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--to=[The new author'\''s login]:LOGIN:_default' \
'--reason=[]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(number)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--project-no=[The project number]:NUMBER:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
'--at=[When it happened \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the record is still at this version]:N:_default' \
'--reason=[Why a form whose proposal has not passed is closed (withdrawn, refused …)]:REASON:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[Print the record as JSON afterwards]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(ledger)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__support__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-support-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reply)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(urgent)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(proposal)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reassign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(number)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(ledger)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(training)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__training_commands" \
"*::: :->training" \
&& ret=0

    case $state in
    (training)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-training-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'--person=[The trainee, or a session'\''s trainer \[default\: you\]]:LOGIN:_default' \
'--hours=[Hours, such as 2 or 1.5 (negative corrects an earlier record)]:HOURS:_default' \
'--topic=[]:TOPIC:_default' \
'--on=[The day, YYYY-MM-DD]:DATE:_default' \
'--dept=[The department trained (its code)]:DEPT:_default' \
'--attendees=[How many attended]:ATTENDEES:_default' \
'--note=[]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--session[A session held for another department (needs --dept and --attendees)]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--person=[]:LOGIN:_default' \
'--month=[Only this month, YYYY-MM]:MONTH:_default' \
'--before=[The next page\: records before this one, DAY\:ID as the last line printed says]:DAY:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
'--month=[The month, YYYY-MM]:MONTH:_default' \
'--format=[table, json or csv]:FORMAT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'(--csv --format)--json[]' \
'(--format)--csv[CSV (UTF-8 with BOM, for spreadsheets), the same as --format csv]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__training__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-training-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(plan)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__plan_commands" \
"*::: :->plan" \
&& ret=0

    case $state in
    (plan)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-plan-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--name=[]:NAME:_default' \
'*--service=[A service it covers (an incident'\''s --service), once each]:SERVICE:_default' \
'*--scenario=[A scenario it covers, once each]:TEXT:_default' \
'*--member=[A person of the leadership group and their role in the plan, once each\: LOGIN\:ROLE (wangfang\:组长)]:LOGIN:ROLE:_default' \
'*--step=[A step of the plan, in order, once each]:TEXT:_default' \
'--report-every=[Minutes between progress reports during a response \[default\: config, 30\]]:MINUTES:_default' \
'--review-days=[Working days after the stand-down for the review \[default\: config, 3\]]:DAYS:_default' \
'--review-by=[When the plan is to be reviewed next]:TIME:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--status=[draft, approved, revised or retired]:STATUS:_default' \
'--before=[Only plans with ids below this one (the next page)]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(revise)
_arguments "${_arguments_options[@]}" : \
'--name=[]:NAME:_default' \
'*--service=[A service it covers (an incident'\''s --service), once each]:SERVICE:_default' \
'*--scenario=[A scenario it covers, once each]:TEXT:_default' \
'*--member=[A person of the leadership group and their role in the plan, once each\: LOGIN\:ROLE (wangfang\:组长)]:LOGIN:ROLE:_default' \
'*--step=[A step of the plan, in order, once each]:TEXT:_default' \
'--report-every=[Minutes between progress reports during a response \[default\: config, 30\]]:MINUTES:_default' \
'--review-days=[Working days after the stand-down for the review \[default\: config, 3\]]:DAYS:_default' \
'--review-by=[When the plan is to be reviewed next]:TIME:_default' \
'--note=[What the revision changes]:NOTE:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__plan__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-plan-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revise)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(drill)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__drill_commands" \
"*::: :->drill" \
&& ret=0

    case $state in
    (drill)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-drill-command-$line[1]:"
        case $line[1] in
            (schedule)
_arguments "${_arguments_options[@]}" : \
'--plan=[The plan it drills]:PLAN:_default' \
'--scenario=[What it is to simulate]:SCENARIO:_default' \
'--at=[When \[TIME\]]:TIME:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(hold)
_arguments "${_arguments_options[@]}" : \
'--at=[When it began \[default\: now\]]:TIME:_default' \
'--ended-at=[When it ended \[default\: now\]]:TIME:_default' \
'*--participant=[Who took part, once each]:NAME:_default' \
'--simulated=[What was simulated \[default\: the scenario as planned\]]:SIMULATED:_default' \
'*--timing=[A timing as observed ("切换完成 38 分钟"), once each]:TEXT:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(evaluate)
_arguments "${_arguments_options[@]}" : \
'--worked=[]:WORKED:_default' \
'--failed=[]:FAILED:_default' \
'*--measure=[A measure, once each]:TEXT:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--plan=[Only this plan'\''s drills]:PLAN:_default' \
'--before=[]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__drill__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-drill-help-command-$line[1]:"
        case $line[1] in
            (schedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(hold)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(evaluate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(response)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__response_commands" \
"*::: :->response" \
&& ret=0

    case $state in
    (response)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-response-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--before=[]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
'--text=[]:TEXT:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(stand-down)
_arguments "${_arguments_options[@]}" : \
'--note=[]:NOTE:_default' \
'--at=[When it stood down \[default\: now\]]:TIME:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
'--causes=[]:CAUSES:_default' \
'--missed=[What the plan missed]:MISSED:_default' \
'*--measure=[A measure, once each, with its --owner in the same order]:TEXT:_default' \
'*--owner=[]:NAME:_default' \
'--if-version=[]:N:_default' \
'--in=[The document'\''s language\: en or zh-CN \[default\: the desk'\''s message language\]]:LANG:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(problem)
_arguments "${_arguments_options[@]}" : \
'--measure=[The measure'\''s number in the review (1 for the first)]:N:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(corrective)
_arguments "${_arguments_options[@]}" : \
'--measure=[The measure'\''s number in the review (1 for the first)]:N:_default' \
'--dept=[The department it goes to (its code, see opsdesk dept list)]:CODE:_default' \
'--due=[When the measure must be done]:TIME:_default' \
'--expected-effect=[The effect expected once it is done]:TEXT:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__response__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-response-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stand-down)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(problem)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(corrective)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(problem)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__problem_commands" \
"*::: :->problem" \
&& ret=0

    case $state in
    (problem)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-problem-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--title=[]:TITLE:_default' \
'--root-cause=[]:ROOT_CAUSE:_default' \
'--workaround=[]:WORKAROUND:_default' \
'--service=[]:SERVICE:_default' \
'--category=[]:CATEGORY:_default' \
'*--incidents=[Incidents it caused, comma-separated]:INCIDENTS:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--status=[Only these statuses, comma-separated\: open, fix_planned, fixed, closed]:STATUS:_default' \
'--before=[Only problems with an id below this one (the next page)]:BEFORE:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(link)
_arguments "${_arguments_options[@]}" : \
'--incident=[The incident it caused]:INCIDENT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
'--change=[The change that fixes it]:CHANGE:_default' \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--title=[]:TITLE:_default' \
'--root-cause=[]:ROOT_CAUSE:_default' \
'--workaround=[]:WORKAROUND:_default' \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
'--note=[Why it is closed (required unless it is fixed)]:NOTE:_default' \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__problem__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-problem-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(link)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(corrective)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__corrective_commands" \
"*::: :->corrective" \
&& ret=0

    case $state in
    (corrective)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-corrective-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--dept=[The department'\''s code (opsdesk dept list)]:DEPT:_default' \
'--findings=[]:FINDINGS:_default' \
'--measures=[]:MEASURES:_default' \
'--responsible=[The person in the department who answers for the measures]:RESPONSIBLE:_default' \
'--due=[When the measures must be done (TIME, e.g. 2026-12-15 18\:00)]:DUE:_default' \
'--expected-effect=[]:EXPECTED_EFFECT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--status=[Only these statuses, comma-separated\: issued, followed_up, closed]:STATUS:_default' \
'--before=[Only notices with an id below this one (the next page)]:BEFORE:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(follow-up)
_arguments "${_arguments_options[@]}" : \
'--text=[What the follow-up found]:TEXT:_default' \
'--next-due=[Not done yet\: follow up again by then (TIME)]:NEXT_DUE:_default' \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'(--next-due)--done[The measures are done]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
'--note=[Why (required unless it was followed up as done)]:NOTE:_default' \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__corrective__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-corrective-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(follow-up)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(sample)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__sample_commands" \
"*::: :->sample" \
&& ret=0

    case $state in
    (sample)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-sample-command-$line[1]:"
        case $line[1] in
            (draw)
_arguments "${_arguments_options[@]}" : \
'--month=[The month the records were closed in\: YYYY-MM]:MONTH:_default' \
'--size=[]:SIZE:_default' \
'*--kind=[Only these kinds, comma-separated\: incident, request (default both)]:KIND:_default' \
'--seed=[The seed (default\: from the clock, recorded with the sample)]:SEED:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(finding)
_arguments "${_arguments_options[@]}" : \
'--text=[]:TEXT:_default' \
'--corrective=[Q6\: the problem raises a corrective notice to this department (with --measures, --responsible, --due, --expected-effect)]:CORRECTIVE:_default' \
'--measures=[]:MEASURES:_default' \
'--responsible=[]:RESPONSIBLE:_default' \
'--due=[]:DUE:_default' \
'--expected-effect=[]:EXPECTED_EFFECT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'(--problem)--ok[]' \
'--problem[]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':sample:_default' \
':item -- The item'\''s place in the sample (1 = first):_default' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--before=[]:BEFORE:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__sample__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-sample-help-command-$line[1]:"
        case $line[1] in
            (draw)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(finding)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(callback)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__callback_commands" \
"*::: :->callback" \
&& ret=0

    case $state in
    (callback)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-callback-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'*--status=[Only these statuses, comma-separated\: due, reached]:STATUS:_default' \
'--before=[]:BEFORE:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(record)
_arguments "${_arguments_options[@]}" : \
'--satisfaction=[1-5; below \[incident\] satisfied_at_least reopens the incident (I12)]:SATISFACTION:_default' \
'--remarks=[]:REMARKS:_default' \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'(--not-reached)--reached[]' \
'--not-reached[]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__callback__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-callback-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(record)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(article)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__article_commands" \
"*::: :->article" \
&& ret=0

    case $state in
    (article)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-article-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
'--kind=[manual, faq or case]:KIND:_default' \
'--title=[]:TITLE:_default' \
'--body=[The body, Markdown; \`-\` reads it from standard input]:BODY:_default' \
'*--services=[Services it is about, comma-separated]:SERVICES:_default' \
'*--categories=[Categories it is about, comma-separated (os, network, application, database, other)]:CATEGORIES:_default' \
'*--incidents=[Incidents it came from, comma-separated]:INCIDENTS:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(from-incident)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--dry-run[Print the draft without writing it]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':incident:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'*--status=[Only these statuses, comma-separated\: draft, reviewed, published, updated, retired]:STATUS:_default' \
'--before=[]:BEFORE:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:IF_VERSION:_default' \
'--title=[]:TITLE:_default' \
'--body=[The new body, Markdown; \`-\` reads it from standard input]:BODY:_default' \
'*--services=[]:SERVICES:_default' \
'*--categories=[]:CATEGORIES:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
'--if-version=[]:IF_VERSION:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__article__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-article-help-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(from-incident)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(person)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__person_commands" \
"*::: :->person" \
&& ret=0

    case $state in
    (person)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-person-command-$line[1]:"
        case $line[1] in
            (move)
_arguments "${_arguments_options[@]}" : \
'--hr-record=[The HR record'\''s number (人员岗位变动记录 / 离职审批单)]:HR_RECORD:_default' \
'--at=[When the HR record reached IT \[default\: now\]]:TIME:_default' \
'--note=[]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':login -- The person'\''s login, as the account requests named them (--person):_default' \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
'--hr-record=[The HR record'\''s number (人员岗位变动记录 / 离职审批单)]:HR_RECORD:_default' \
'--at=[When the HR record reached IT \[default\: now\]]:TIME:_default' \
'--note=[]:NOTE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':login -- The person'\''s login, as the account requests named them (--person):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__person__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-person-help-command-$line[1]:"
        case $line[1] in
            (move)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(accounts)
_arguments "${_arguments_options[@]}" : \
'--person=[Only this person'\''s accounts (their login)]:LOGIN:_default' \
'--before=[The next page\: accounts with ids below this one]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--to-remove[Only those to remove\: asked for by an HR record and not removed yet]' \
'--all[Removed ones too]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__accounts_commands" \
"*::: :->accounts" \
&& ret=0

    case $state in
    (accounts)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-accounts-command-$line[1]:"
        case $line[1] in
            (remove)
_arguments "${_arguments_options[@]}" : \
'--how=[How\: the ticket, the system'\''s confirmation]:HOW:_default' \
'--at=[When \[default\: now\]]:TIME:_default' \
'--if-version=[Refuse (exit 4) unless the account is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__accounts__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-accounts-help-command-$line[1]:"
        case $line[1] in
            (remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(calendar)
_arguments "${_arguments_options[@]}" : \
'--month=[YYYY-MM \[default\: this month\]]:MONTH:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(duty)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__duty_commands" \
"*::: :->duty" \
&& ret=0

    case $state in
    (duty)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-duty-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(done)
_arguments "${_arguments_options[@]}" : \
'--how=[How\: "told manager Wang by phone"]:HOW:_default' \
'--at=[When \[default\: now\]]:TIME:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__duty__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-duty-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(done)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(tick)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(engine)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(outbox)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__outbox_commands" \
"*::: :->outbox" \
&& ret=0

    case $state in
    (outbox)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-outbox-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
'--state=[One state or several, comma-separated; "all" for every message]:STATE:_default' \
'--before=[Keyed paging\: messages with ids below this one]:ID:_default' \
'--limit=[]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the message is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
'--subject=[]:SUBJECT:_default' \
'--body=[The new text; "-" reads it from standard input]:BODY:_default' \
'--if-version=[]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(send)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the message is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(retry)
_arguments "${_arguments_options[@]}" : \
'--if-version=[Refuse (exit 4) unless the message is still at this version]:N:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__outbox__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-outbox-help-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(send)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retry)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(send)
_arguments "${_arguments_options[@]}" : \
'--limit=[Send at most this many messages in this pass]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__report_commands" \
"*::: :->report" \
&& ret=0

    case $state in
    (report)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-report-command-$line[1]:"
        case $line[1] in
            (daily)
_arguments "${_arguments_options[@]}" : \
'--date=[A day of the period, YYYY-MM-DD \[default\: today\]]:DATE:_default' \
'--text=[The supervisor'\''s words\: progress, open issues, measures taken]:TEXT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[The figures as JSON rather than the written report]' \
'--send[Send it through the outbox to the IT department'\''s manager and leaders, its supervisors copied (supervisor or above)\: the figures as they stand now, kept with the record]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(weekly)
_arguments "${_arguments_options[@]}" : \
'--date=[A day of the period, YYYY-MM-DD \[default\: today\]]:DATE:_default' \
'--text=[The supervisor'\''s words\: progress, open issues, measures taken]:TEXT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[The figures as JSON rather than the written report]' \
'--send[Send it through the outbox to the IT department'\''s manager and leaders, its supervisors copied (supervisor or above)\: the figures as they stand now, kept with the record]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(kpi)
_arguments "${_arguments_options[@]}" : \
'--half=[The half-year, such as 2026H2 \[default\: the last one ended\]]:HALF:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(month)
_arguments "${_arguments_options[@]}" : \
'--month=[The month, YYYY-MM]:MONTH:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__report__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-report-help-command-$line[1]:"
        case $line[1] in
            (daily)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(weekly)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(kpi)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(month)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(outage)
_arguments "${_arguments_options[@]}" : \
'--month=[YYYY-MM \[default\: this month\]]:MONTH:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(history)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':kind -- incident, change, run, duty, user, dept, request, account, person_change, export, support, training, plan, drill, response, problem or article:_default' \
':id -- The record'\''s id (a login for user, a code for dept):_default' \
&& ret=0
;;
(search)
_arguments "${_arguments_options[@]}" : \
'*--kind=[Only these kinds, comma-separated\: incident, change, run, request, message, problem, article]:KIND:_default' \
'--since=[Only records changed at or after TIME]:TIME:_default' \
'--limit=[At most this many hits]:LIMIT:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'(--closed)--open[Only records still open]' \
'--closed[Only records done with (closed incidents, published runs, sent messages, retired articles)]' \
'--json[]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
'*::query -- Words to find, all of them, in any kind of record\: Chinese of any length (话单, 计费系统), English words or their beginnings, ids (12 or #12), form numbers:_default' \
&& ret=0
;;
(backup)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--force[Replace FILE if it exists (never the database'\''s own files, nor a database in use)]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':file -- The new file to write the copy to:_files' \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--force[Restore even while other processes have the database open, or when you are not an admin of the restored desk]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':file -- A backup written by `opsdesk backup` (only read):_files' \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
'--to=[The empty PostgreSQL database to copy the desk into\: postgresql\://USER@HOST/DATABASE, or postgresql\://USER@/DATABASE?host=/socket/dir]:URL:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
'(--print-head)--head=[A history head kept from before, ID\:HASH as check prints it (or HASH alone)\: also verify that the history still leads to it, however the hashes after it were recomputed]:ID:HASH:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--print-head[Only print the history'\''s head as stored and the time, verifying nothing (one read)\: the line to keep elsewhere, as the engine logs it once an hour]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(bench)
_arguments "${_arguments_options[@]}" : \
'--idle-seconds=[How long the idle console is measured]:IDLE_SECONDS:_default' \
'*--scale=[Measure demo desks of these sizes instead (written beside --db as scale-N.db unless there already) and print every figure for each size in one table. Not on a server]::SCALE:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--json[]' \
'--cold[Also measure \`opsdesk check\`, the first frame and the live filter with the desk'\''s pages dropped from the page cache first (posix_fadvise; no root needed), beside the warm figures]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-config-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__config__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-config-help-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(notify)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
":: :_opsdesk__subcmd__notify_commands" \
"*::: :->notify" \
&& ret=0

    case $state in
    (notify)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-notify-command-$line[1]:"
        case $line[1] in
            (test)
_arguments "${_arguments_options[@]}" : \
'--to=[An e-mail address (the e-mail channel), or a phone number with --sms]:ADDRESS:_default' \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--sms[Send an SMS through the SMS channel instead of an e-mail]' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__notify__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-notify-help-command-$line[1]:"
        case $line[1] in
            (test)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':shell -- bash, zsh, fish, elvish or powershell:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(manpages)
_arguments "${_arguments_options[@]}" : \
'--db=[Database file, or a postgresql\:// URL (every command but restore runs on a server desk) \[default\: \[desk\] database of the config, else <data dir>/opsdesk.db\]]:PATH|URL:_files' \
'--config=[Config file, read alone over the built-in defaults \[default\: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it\]]:PATH:_files' \
'--lang=[Console language\: en or zh-CN \[default\: config, then LANG\]]:LANG:_default' \
'--read-only[Browse without changing anything\: every command that would change the desk is refused (exit 5)]' \
'-h[Print help]' \
'--help[Print help]' \
':dir -- The directory to write `opsdesk.1`, `opsdesk-incident.1`, `opsdesk-incident-new.1` … to:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(demo)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(user)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__user_commands" \
"*::: :->user" \
&& ret=0

    case $state in
    (user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-user-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(set-role)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(dept)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__dept_commands" \
"*::: :->dept" \
&& ret=0

    case $state in
    (dept)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-dept-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(service)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__service_commands" \
"*::: :->service" \
&& ret=0

    case $state in
    (service)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-service-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(merge)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(incident)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__incident_commands" \
"*::: :->incident" \
&& ret=0

    case $state in
    (incident)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-incident-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(contact)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(resolve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reopen)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(affects)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(note)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(declare-major)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(ledger)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__ledger_commands" \
"*::: :->ledger" \
&& ret=0

    case $state in
    (ledger)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-ledger-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(change)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__change_commands" \
"*::: :->change" \
&& ret=0

    case $state in
    (change)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-change-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confirm-test)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(schedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(notify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(start)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(finish)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(result)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(summary)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(notice)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(billing)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__billing_commands" \
"*::: :->billing" \
&& ret=0

    case $state in
    (billing)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-billing-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(anomaly)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(submit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confirm)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(dispute)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rollback)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retry)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(request)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__request_commands" \
"*::: :->request" \
&& ret=0

    case $state in
    (request)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-request-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decide)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(escalate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(pause)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(resume)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(evaluate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(deliver)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(confirm)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(exports)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(support)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__support_commands" \
"*::: :->support" \
&& ret=0

    case $state in
    (support)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-support-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reply)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(accept)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(urgent)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(proposal)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(reassign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(number)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(ledger)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(training)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__training_commands" \
"*::: :->training" \
&& ret=0

    case $state in
    (training)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-training-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(plan)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__plan_commands" \
"*::: :->plan" \
&& ret=0

    case $state in
    (plan)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-plan-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revise)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(drill)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__drill_commands" \
"*::: :->drill" \
&& ret=0

    case $state in
    (drill)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-drill-command-$line[1]:"
        case $line[1] in
            (schedule)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(hold)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(evaluate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(response)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__response_commands" \
"*::: :->response" \
&& ret=0

    case $state in
    (response)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-response-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(stand-down)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(problem)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(corrective)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(problem)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__problem_commands" \
"*::: :->problem" \
&& ret=0

    case $state in
    (problem)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-problem-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(link)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(plan)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(corrective)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__corrective_commands" \
"*::: :->corrective" \
&& ret=0

    case $state in
    (corrective)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-corrective-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(follow-up)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(close)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(sample)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__sample_commands" \
"*::: :->sample" \
&& ret=0

    case $state in
    (sample)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-sample-command-$line[1]:"
        case $line[1] in
            (draw)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(finding)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(callback)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__callback_commands" \
"*::: :->callback" \
&& ret=0

    case $state in
    (callback)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-callback-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(record)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(article)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__article_commands" \
"*::: :->article" \
&& ret=0

    case $state in
    (article)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-article-command-$line[1]:"
        case $line[1] in
            (new)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(from-incident)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(review)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(publish)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(update)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(person)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__person_commands" \
"*::: :->person" \
&& ret=0

    case $state in
    (person)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-person-command-$line[1]:"
        case $line[1] in
            (move)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(leave)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(accounts)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__accounts_commands" \
"*::: :->accounts" \
&& ret=0

    case $state in
    (accounts)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-accounts-command-$line[1]:"
        case $line[1] in
            (remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(calendar)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(duty)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__duty_commands" \
"*::: :->duty" \
&& ret=0

    case $state in
    (duty)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-duty-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(done)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(tick)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(engine)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(outbox)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__outbox_commands" \
"*::: :->outbox" \
&& ret=0

    case $state in
    (outbox)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-outbox-command-$line[1]:"
        case $line[1] in
            (list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(approve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(edit)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(send)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retry)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(send)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(report)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__report_commands" \
"*::: :->report" \
&& ret=0

    case $state in
    (report)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-report-command-$line[1]:"
        case $line[1] in
            (daily)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(weekly)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(kpi)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(month)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(outage)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(history)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(search)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(backup)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(restore)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(bench)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__config_commands" \
"*::: :->config" \
&& ret=0

    case $state in
    (config)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-config-command-$line[1]:"
        case $line[1] in
            (check)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(notify)
_arguments "${_arguments_options[@]}" : \
":: :_opsdesk__subcmd__help__subcmd__notify_commands" \
"*::: :->notify" \
&& ret=0

    case $state in
    (notify)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:opsdesk-help-notify-command-$line[1]:"
        case $line[1] in
            (test)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(manpages)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_opsdesk_commands] )) ||
_opsdesk_commands() {
    local commands; commands=(
'init:Create a new, empty desk database and make yourself its admin' \
'demo:Write a ready demo database (departments, people, a month of incidents in every state and the year before it)' \
'user:Users\: add, list, set-role (admin only for changes)' \
'dept:Departments\: add, list (admin only for changes)' \
'service:Services incidents are recorded against\: add, edit, list, retire (admin only for changes)' \
'incident:Record and drive incidents; the ledger' \
'ledger:The tracking ledger (I13)\: every incident out to Excel or CSV, a ledger kept elsewhere in' \
'change:System changes\: plan, gates, notices and their deadlines (C1-C10)' \
'billing:Billing and settlement runs\: checklists with a second checker, sign-off (B1-B8)' \
'request:Service requests\: requirements, products, accounts, data extraction and processing, each with its working-day clock (R1-R5, R7); the archive and its export (R8)' \
'support:The business support centre'\''s contact forms\: reply clock, ledger, urgent forms, proposal rounds (R9, R7)' \
'training:Training hours\: own, sessions for other departments, the month'\''s report against the target (R6)' \
'plan:Emergency plans (应急预案)\: services, leadership group, steps; approved, revised, retired (E1)' \
'drill:Drills of the emergency plans\: scheduled, held, evaluated (E1)' \
'response:The emergency responses major incidents start\: progress reports, stand-down, review (E2)' \
'problem:Problems\: causes that need a system change, their incidents and their fix (P1, I9)' \
'corrective:Corrective notices to departments below standard, followed up until done (Q6)' \
'sample:Quality sampling of closed records, each with a reviewer'\''s finding (Q5)' \
'callback:Callbacks to reporters after verification or delivery (Q7, I12)' \
'article:The knowledge base\: manuals, FAQ and case analyses, reviewed by a second person (K1, I10)' \
'person:A person moved or left (the HR record)\: their accounts are to be removed (R3)' \
'accounts:The accounts opsdesk granted, and those to remove (R3); \`accounts remove ID\`' \
'calendar:A month of the working calendar\: days off and make-up working days (W1, W2)' \
'duty:Duties\: what must be told to whom by when' \
'tick:Run the escalation engine once over every open incident, then the outbox (safe from cron, and in parallel)' \
'engine:Keep the clock running with no console open\: the escalation engine every second and the outbox every send_every_seconds, one line on stderr per thing done, until SIGTERM or SIGINT (the opsdesk-engine service runs it; any number may run beside consoles and tick)' \
'outbox:Messages\: review, approve, edit, resend (I6-I8, C5-C9, B5, B6)' \
'send:One pass of the outbox\: write the messages new duties need and send what is due' \
'report:Quality reports\: daily and weekly work reports (Q1), the half-year KPIs against their targets (Q3, Q4), the month'\''s ranking of departments (Q2)' \
'outage:Outage budget per service for a month (I11)' \
'history:The audit trail of a record\: KIND is incident, change, run, duty, user, dept, request, account, person_change, export, support, training, plan, drill, response, problem, article or service' \
'search:One search over every record, open or closed\: incidents, changes, runs, requests, messages, problems, articles' \
'backup:Copy the whole database to a new file, consistent while others work' \
'restore:Replace the database with a backup (admin; refused while it is in use unless --force)' \
'migrate:Copy this desk, history and all, into an empty PostgreSQL database and compare the two row by row (admin); a desk on PostgreSQL is copied back to a file by \`backup\`' \
'check:Check the database\: integrity, references, and that every record'\''s history replays to it' \
'bench:Time the console'\''s real code paths on this database, each figure beside its goal' \
'config:Check or show the effective configuration' \
'notify:Try the channels\: send one test message and print the server'\''s answer' \
'completions:Print the completion script of a shell (bash, zsh, fish, elvish, powershell)' \
'manpages:Write the man pages, one per command and subcommand, to a directory (for packaging)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__accounts_commands] )) ||
_opsdesk__subcmd__accounts_commands() {
    local commands; commands=(
'remove:The account was removed\: its removal duty is done (R3)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk accounts commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__accounts__subcmd__help_commands] )) ||
_opsdesk__subcmd__accounts__subcmd__help_commands() {
    local commands; commands=(
'remove:The account was removed\: its removal duty is done (R3)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk accounts help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__accounts__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__accounts__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk accounts help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__accounts__subcmd__help__subcmd__remove_commands] )) ||
_opsdesk__subcmd__accounts__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk accounts help remove commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__accounts__subcmd__remove_commands] )) ||
_opsdesk__subcmd__accounts__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk accounts remove commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article_commands] )) ||
_opsdesk__subcmd__article_commands() {
    local commands; commands=(
'new:Write a draft\: a manual, FAQ or case analysis' \
'from-incident:Draft a case analysis from a resolved incident\: its description, cause and handling (I10)' \
'list:Articles, newest first' \
'show:One article, its body as Markdown' \
'review:Review it (someone other than its author, K1)' \
'publish:Publish a reviewed article' \
'update:New words; a published article is reviewed again' \
'retire:Withdraw it from use (kept, and still found by search)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk article commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__from-incident_commands] )) ||
_opsdesk__subcmd__article__subcmd__from-incident_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article from-incident commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help_commands] )) ||
_opsdesk__subcmd__article__subcmd__help_commands() {
    local commands; commands=(
'new:Write a draft\: a manual, FAQ or case analysis' \
'from-incident:Draft a case analysis from a resolved incident\: its description, cause and handling (I10)' \
'list:Articles, newest first' \
'show:One article, its body as Markdown' \
'review:Review it (someone other than its author, K1)' \
'publish:Publish a reviewed article' \
'update:New words; a published article is reviewed again' \
'retire:Withdraw it from use (kept, and still found by search)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk article help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__from-incident_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__from-incident_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help from-incident commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__publish_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help publish commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__retire_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__review_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__help__subcmd__update_commands] )) ||
_opsdesk__subcmd__article__subcmd__help__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article help update commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__list_commands] )) ||
_opsdesk__subcmd__article__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__new_commands] )) ||
_opsdesk__subcmd__article__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__publish_commands] )) ||
_opsdesk__subcmd__article__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article publish commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__retire_commands] )) ||
_opsdesk__subcmd__article__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__review_commands] )) ||
_opsdesk__subcmd__article__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__show_commands] )) ||
_opsdesk__subcmd__article__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__article__subcmd__update_commands] )) ||
_opsdesk__subcmd__article__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk article update commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__backup_commands] )) ||
_opsdesk__subcmd__backup_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk backup commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__bench_commands] )) ||
_opsdesk__subcmd__bench_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk bench commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing_commands] )) ||
_opsdesk__subcmd__billing_commands() {
    local commands; commands=(
'new:A new run for a month, with its checklist and its deadline (B1, B2)' \
'list:Runs, the ones still ahead of their deadline first, with progress' \
'show:One run\: its checklist (every attempt), anomalies, duties and history' \
'check:Record an item performed, with its result and figures (B4)' \
'review:Review an item someone else performed (B3)\: ok or rejected' \
'anomaly:Log an anomaly and its likely effect; the supervisor and manager are owed a report (B6)' \
'submit:Every item reviewed\: ask the supervisor to confirm (B7)' \
'confirm:Supervisor\: confirm the run; its results are published (B7)' \
'dispute:Supervisor\: question the result; the checklist is checked again (B8)' \
'rollback:Roll a disputed run back, with the reason (B8)' \
'retry:Run again after a rollback\: a new attempt with a fresh checklist (B8)' \
'report:The check report (B4) or the deadline report (B5), as Markdown or plain text' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk billing commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__anomaly_commands] )) ||
_opsdesk__subcmd__billing__subcmd__anomaly_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing anomaly commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__check_commands] )) ||
_opsdesk__subcmd__billing__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing check commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__confirm_commands] )) ||
_opsdesk__subcmd__billing__subcmd__confirm_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing confirm commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__dispute_commands] )) ||
_opsdesk__subcmd__billing__subcmd__dispute_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing dispute commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help_commands() {
    local commands; commands=(
'new:A new run for a month, with its checklist and its deadline (B1, B2)' \
'list:Runs, the ones still ahead of their deadline first, with progress' \
'show:One run\: its checklist (every attempt), anomalies, duties and history' \
'check:Record an item performed, with its result and figures (B4)' \
'review:Review an item someone else performed (B3)\: ok or rejected' \
'anomaly:Log an anomaly and its likely effect; the supervisor and manager are owed a report (B6)' \
'submit:Every item reviewed\: ask the supervisor to confirm (B7)' \
'confirm:Supervisor\: confirm the run; its results are published (B7)' \
'dispute:Supervisor\: question the result; the checklist is checked again (B8)' \
'rollback:Roll a disputed run back, with the reason (B8)' \
'retry:Run again after a rollback\: a new attempt with a fresh checklist (B8)' \
'report:The check report (B4) or the deadline report (B5), as Markdown or plain text' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk billing help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__anomaly_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__anomaly_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help anomaly commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__check_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help check commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__confirm_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__confirm_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help confirm commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__dispute_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__dispute_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help dispute commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__report_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__retry_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__retry_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help retry commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__review_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__rollback_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__rollback_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help rollback commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__help__subcmd__submit_commands] )) ||
_opsdesk__subcmd__billing__subcmd__help__subcmd__submit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing help submit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__list_commands] )) ||
_opsdesk__subcmd__billing__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__new_commands] )) ||
_opsdesk__subcmd__billing__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__report_commands] )) ||
_opsdesk__subcmd__billing__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__retry_commands] )) ||
_opsdesk__subcmd__billing__subcmd__retry_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing retry commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__review_commands] )) ||
_opsdesk__subcmd__billing__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__rollback_commands] )) ||
_opsdesk__subcmd__billing__subcmd__rollback_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing rollback commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__show_commands] )) ||
_opsdesk__subcmd__billing__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__billing__subcmd__submit_commands] )) ||
_opsdesk__subcmd__billing__subcmd__submit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk billing submit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__calendar_commands] )) ||
_opsdesk__subcmd__calendar_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk calendar commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__callback_commands] )) ||
_opsdesk__subcmd__callback_commands() {
    local commands; commands=(
'list:Callbacks owed and made, newest first' \
'record:Record a call\: --reached with --satisfaction, or --not-reached' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk callback commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__callback__subcmd__help_commands] )) ||
_opsdesk__subcmd__callback__subcmd__help_commands() {
    local commands; commands=(
'list:Callbacks owed and made, newest first' \
'record:Record a call\: --reached with --satisfaction, or --not-reached' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk callback help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__callback__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__callback__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk callback help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__callback__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__callback__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk callback help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__callback__subcmd__help__subcmd__record_commands] )) ||
_opsdesk__subcmd__callback__subcmd__help__subcmd__record_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk callback help record commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__callback__subcmd__list_commands] )) ||
_opsdesk__subcmd__callback__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk callback list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__callback__subcmd__record_commands] )) ||
_opsdesk__subcmd__callback__subcmd__record_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk callback record commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change_commands] )) ||
_opsdesk__subcmd__change_commands() {
    local commands; commands=(
'new:Record a change (a draft) in a month'\''s plan (C1), or unplanned from a requirement (C2)' \
'list:Open changes (or all with --all), newest first, with the next deadline' \
'show:One change\: its fields, gates, notice duties and history' \
'plan:Put a change in its month'\''s plan with its window (C1); without ID, print a month'\''s plan' \
'confirm-test:Record the test-environment confirmation\: who confirmed it and when (C3)' \
'schedule:Pass the gates (C3-C6) and start the notice deadlines; a manager may override' \
'notify:Mark a notice sent\: c5, c5-front, c6 or c7 (C7 by phone when late\: the notice follows)' \
'start:The change goes into production (after its C7 notice, inside its window); a manager may override the window' \
'finish:The change ended\: succeeded, failed or rolled-back' \
'result:The result notice went out (C8), with what it said' \
'summary:Fully confirmed, and the summary report sent (C9; complex changes)' \
'close:Close a change whose result (and summary) is out' \
'notice:Print a change'\''s C7, C8 or C9 notice, rendered from its template' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk change commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__close_commands] )) ||
_opsdesk__subcmd__change__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__confirm-test_commands] )) ||
_opsdesk__subcmd__change__subcmd__confirm-test_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change confirm-test commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__finish_commands] )) ||
_opsdesk__subcmd__change__subcmd__finish_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change finish commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help_commands] )) ||
_opsdesk__subcmd__change__subcmd__help_commands() {
    local commands; commands=(
'new:Record a change (a draft) in a month'\''s plan (C1), or unplanned from a requirement (C2)' \
'list:Open changes (or all with --all), newest first, with the next deadline' \
'show:One change\: its fields, gates, notice duties and history' \
'plan:Put a change in its month'\''s plan with its window (C1); without ID, print a month'\''s plan' \
'confirm-test:Record the test-environment confirmation\: who confirmed it and when (C3)' \
'schedule:Pass the gates (C3-C6) and start the notice deadlines; a manager may override' \
'notify:Mark a notice sent\: c5, c5-front, c6 or c7 (C7 by phone when late\: the notice follows)' \
'start:The change goes into production (after its C7 notice, inside its window); a manager may override the window' \
'finish:The change ended\: succeeded, failed or rolled-back' \
'result:The result notice went out (C8), with what it said' \
'summary:Fully confirmed, and the summary report sent (C9; complex changes)' \
'close:Close a change whose result (and summary) is out' \
'notice:Print a change'\''s C7, C8 or C9 notice, rendered from its template' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk change help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__close_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__confirm-test_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__confirm-test_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help confirm-test commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__finish_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__finish_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help finish commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__notice_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__notice_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help notice commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__notify_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__notify_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help notify commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__plan_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help plan commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__result_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__result_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help result commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__schedule_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help schedule commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__start_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help start commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__help__subcmd__summary_commands] )) ||
_opsdesk__subcmd__change__subcmd__help__subcmd__summary_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change help summary commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__list_commands] )) ||
_opsdesk__subcmd__change__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__new_commands] )) ||
_opsdesk__subcmd__change__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__notice_commands] )) ||
_opsdesk__subcmd__change__subcmd__notice_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change notice commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__notify_commands] )) ||
_opsdesk__subcmd__change__subcmd__notify_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change notify commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__plan_commands] )) ||
_opsdesk__subcmd__change__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change plan commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__result_commands] )) ||
_opsdesk__subcmd__change__subcmd__result_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change result commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__schedule_commands] )) ||
_opsdesk__subcmd__change__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change schedule commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__show_commands] )) ||
_opsdesk__subcmd__change__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__start_commands] )) ||
_opsdesk__subcmd__change__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change start commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__change__subcmd__summary_commands] )) ||
_opsdesk__subcmd__change__subcmd__summary_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk change summary commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__check_commands] )) ||
_opsdesk__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk check commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__completions_commands] )) ||
_opsdesk__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk completions commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__config_commands] )) ||
_opsdesk__subcmd__config_commands() {
    local commands; commands=(
'check:Check the config files and the desk'\''s templates; exit 1 naming file, line and key when something is wrong' \
'show:Print the effective configuration, each key with the file and line that set it (built-in defaults < /etc/opsdesk/config.toml < your own, or the file --config names)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk config commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__config__subcmd__check_commands] )) ||
_opsdesk__subcmd__config__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk config check commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__config__subcmd__help_commands] )) ||
_opsdesk__subcmd__config__subcmd__help_commands() {
    local commands; commands=(
'check:Check the config files and the desk'\''s templates; exit 1 naming file, line and key when something is wrong' \
'show:Print the effective configuration, each key with the file and line that set it (built-in defaults < /etc/opsdesk/config.toml < your own, or the file --config names)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk config help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__config__subcmd__help__subcmd__check_commands] )) ||
_opsdesk__subcmd__config__subcmd__help__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk config help check commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__config__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__config__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk config help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__config__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__config__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk config help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__config__subcmd__show_commands] )) ||
_opsdesk__subcmd__config__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk config show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective_commands] )) ||
_opsdesk__subcmd__corrective_commands() {
    local commands; commands=(
'new:Issue a corrective notice (supervisor); it goes to the department through the outbox' \
'list:Corrective notices, newest first' \
'show:One notice, with its duties' \
'follow-up:Record the follow-up\: done (--done), or not yet with a new due date (--next-due)' \
'close:Close a notice (supervisor)\: once followed up, or with the reason' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk corrective commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__close_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__follow-up_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__follow-up_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective follow-up commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__help_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__help_commands() {
    local commands; commands=(
'new:Issue a corrective notice (supervisor); it goes to the department through the outbox' \
'list:Corrective notices, newest first' \
'show:One notice, with its duties' \
'follow-up:Record the follow-up\: done (--done), or not yet with a new due date (--next-due)' \
'close:Close a notice (supervisor)\: once followed up, or with the reason' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk corrective help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__help__subcmd__close_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__help__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective help close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__help__subcmd__follow-up_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__help__subcmd__follow-up_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective help follow-up commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__list_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__new_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__corrective__subcmd__show_commands] )) ||
_opsdesk__subcmd__corrective__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk corrective show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__demo_commands] )) ||
_opsdesk__subcmd__demo_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk demo commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept_commands] )) ||
_opsdesk__subcmd__dept_commands() {
    local commands; commands=(
'add:Add a department (admin)' \
'edit:Correct a department'\''s name, people, contacts or flags (admin)' \
'list:The directory of departments and their contacts' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk dept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept__subcmd__add_commands] )) ||
_opsdesk__subcmd__dept__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk dept add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept__subcmd__edit_commands] )) ||
_opsdesk__subcmd__dept__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk dept edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept__subcmd__help_commands] )) ||
_opsdesk__subcmd__dept__subcmd__help_commands() {
    local commands; commands=(
'add:Add a department (admin)' \
'edit:Correct a department'\''s name, people, contacts or flags (admin)' \
'list:The directory of departments and their contacts' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk dept help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept__subcmd__help__subcmd__add_commands] )) ||
_opsdesk__subcmd__dept__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk dept help add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept__subcmd__help__subcmd__edit_commands] )) ||
_opsdesk__subcmd__dept__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk dept help edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__dept__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk dept help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__dept__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk dept help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__dept__subcmd__list_commands] )) ||
_opsdesk__subcmd__dept__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk dept list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill_commands] )) ||
_opsdesk__subcmd__drill_commands() {
    local commands; commands=(
'schedule:Schedule a drill of a plan in force\: a duty counts down to it (supervisor and above)' \
'hold:Record that it was held\: who took part, what was simulated, the timings' \
'evaluate:The evaluation report\: what worked, what did not, the measures; sent to the plan'\''s leadership group through the outbox' \
'list:The drills, newest first' \
'show:One drill with its duties and history' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk drill commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__evaluate_commands] )) ||
_opsdesk__subcmd__drill__subcmd__evaluate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill evaluate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__help_commands] )) ||
_opsdesk__subcmd__drill__subcmd__help_commands() {
    local commands; commands=(
'schedule:Schedule a drill of a plan in force\: a duty counts down to it (supervisor and above)' \
'hold:Record that it was held\: who took part, what was simulated, the timings' \
'evaluate:The evaluation report\: what worked, what did not, the measures; sent to the plan'\''s leadership group through the outbox' \
'list:The drills, newest first' \
'show:One drill with its duties and history' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk drill help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__help__subcmd__evaluate_commands] )) ||
_opsdesk__subcmd__drill__subcmd__help__subcmd__evaluate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill help evaluate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__drill__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__help__subcmd__hold_commands] )) ||
_opsdesk__subcmd__drill__subcmd__help__subcmd__hold_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill help hold commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__drill__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__help__subcmd__schedule_commands] )) ||
_opsdesk__subcmd__drill__subcmd__help__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill help schedule commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__drill__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__hold_commands] )) ||
_opsdesk__subcmd__drill__subcmd__hold_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill hold commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__list_commands] )) ||
_opsdesk__subcmd__drill__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__schedule_commands] )) ||
_opsdesk__subcmd__drill__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill schedule commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__drill__subcmd__show_commands] )) ||
_opsdesk__subcmd__drill__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk drill show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__duty_commands] )) ||
_opsdesk__subcmd__duty_commands() {
    local commands; commands=(
'list:Every duty not yet done, earliest due first' \
'done:Record that a duty was done\: who (you), when, how' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk duty commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__duty__subcmd__done_commands] )) ||
_opsdesk__subcmd__duty__subcmd__done_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk duty done commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__duty__subcmd__help_commands] )) ||
_opsdesk__subcmd__duty__subcmd__help_commands() {
    local commands; commands=(
'list:Every duty not yet done, earliest due first' \
'done:Record that a duty was done\: who (you), when, how' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk duty help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__duty__subcmd__help__subcmd__done_commands] )) ||
_opsdesk__subcmd__duty__subcmd__help__subcmd__done_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk duty help done commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__duty__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__duty__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk duty help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__duty__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__duty__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk duty help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__duty__subcmd__list_commands] )) ||
_opsdesk__subcmd__duty__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk duty list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__engine_commands] )) ||
_opsdesk__subcmd__engine_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk engine commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help_commands] )) ||
_opsdesk__subcmd__help_commands() {
    local commands; commands=(
'init:Create a new, empty desk database and make yourself its admin' \
'demo:Write a ready demo database (departments, people, a month of incidents in every state and the year before it)' \
'user:Users\: add, list, set-role (admin only for changes)' \
'dept:Departments\: add, list (admin only for changes)' \
'service:Services incidents are recorded against\: add, edit, list, retire (admin only for changes)' \
'incident:Record and drive incidents; the ledger' \
'ledger:The tracking ledger (I13)\: every incident out to Excel or CSV, a ledger kept elsewhere in' \
'change:System changes\: plan, gates, notices and their deadlines (C1-C10)' \
'billing:Billing and settlement runs\: checklists with a second checker, sign-off (B1-B8)' \
'request:Service requests\: requirements, products, accounts, data extraction and processing, each with its working-day clock (R1-R5, R7); the archive and its export (R8)' \
'support:The business support centre'\''s contact forms\: reply clock, ledger, urgent forms, proposal rounds (R9, R7)' \
'training:Training hours\: own, sessions for other departments, the month'\''s report against the target (R6)' \
'plan:Emergency plans (应急预案)\: services, leadership group, steps; approved, revised, retired (E1)' \
'drill:Drills of the emergency plans\: scheduled, held, evaluated (E1)' \
'response:The emergency responses major incidents start\: progress reports, stand-down, review (E2)' \
'problem:Problems\: causes that need a system change, their incidents and their fix (P1, I9)' \
'corrective:Corrective notices to departments below standard, followed up until done (Q6)' \
'sample:Quality sampling of closed records, each with a reviewer'\''s finding (Q5)' \
'callback:Callbacks to reporters after verification or delivery (Q7, I12)' \
'article:The knowledge base\: manuals, FAQ and case analyses, reviewed by a second person (K1, I10)' \
'person:A person moved or left (the HR record)\: their accounts are to be removed (R3)' \
'accounts:The accounts opsdesk granted, and those to remove (R3); \`accounts remove ID\`' \
'calendar:A month of the working calendar\: days off and make-up working days (W1, W2)' \
'duty:Duties\: what must be told to whom by when' \
'tick:Run the escalation engine once over every open incident, then the outbox (safe from cron, and in parallel)' \
'engine:Keep the clock running with no console open\: the escalation engine every second and the outbox every send_every_seconds, one line on stderr per thing done, until SIGTERM or SIGINT (the opsdesk-engine service runs it; any number may run beside consoles and tick)' \
'outbox:Messages\: review, approve, edit, resend (I6-I8, C5-C9, B5, B6)' \
'send:One pass of the outbox\: write the messages new duties need and send what is due' \
'report:Quality reports\: daily and weekly work reports (Q1), the half-year KPIs against their targets (Q3, Q4), the month'\''s ranking of departments (Q2)' \
'outage:Outage budget per service for a month (I11)' \
'history:The audit trail of a record\: KIND is incident, change, run, duty, user, dept, request, account, person_change, export, support, training, plan, drill, response, problem, article or service' \
'search:One search over every record, open or closed\: incidents, changes, runs, requests, messages, problems, articles' \
'backup:Copy the whole database to a new file, consistent while others work' \
'restore:Replace the database with a backup (admin; refused while it is in use unless --force)' \
'migrate:Copy this desk, history and all, into an empty PostgreSQL database and compare the two row by row (admin); a desk on PostgreSQL is copied back to a file by \`backup\`' \
'check:Check the database\: integrity, references, and that every record'\''s history replays to it' \
'bench:Time the console'\''s real code paths on this database, each figure beside its goal' \
'config:Check or show the effective configuration' \
'notify:Try the channels\: send one test message and print the server'\''s answer' \
'completions:Print the completion script of a shell (bash, zsh, fish, elvish, powershell)' \
'manpages:Write the man pages, one per command and subcommand, to a directory (for packaging)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__accounts_commands] )) ||
_opsdesk__subcmd__help__subcmd__accounts_commands() {
    local commands; commands=(
'remove:The account was removed\: its removal duty is done (R3)' \
    )
    _describe -t commands 'opsdesk help accounts commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__accounts__subcmd__remove_commands] )) ||
_opsdesk__subcmd__help__subcmd__accounts__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help accounts remove commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article_commands] )) ||
_opsdesk__subcmd__help__subcmd__article_commands() {
    local commands; commands=(
'new:Write a draft\: a manual, FAQ or case analysis' \
'from-incident:Draft a case analysis from a resolved incident\: its description, cause and handling (I10)' \
'list:Articles, newest first' \
'show:One article, its body as Markdown' \
'review:Review it (someone other than its author, K1)' \
'publish:Publish a reviewed article' \
'update:New words; a published article is reviewed again' \
'retire:Withdraw it from use (kept, and still found by search)' \
    )
    _describe -t commands 'opsdesk help article commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article__subcmd__from-incident_commands] )) ||
_opsdesk__subcmd__help__subcmd__article__subcmd__from-incident_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help article from-incident commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__article__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help article list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__article__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help article new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article__subcmd__publish_commands] )) ||
_opsdesk__subcmd__help__subcmd__article__subcmd__publish_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help article publish commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article__subcmd__retire_commands] )) ||
_opsdesk__subcmd__help__subcmd__article__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help article retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article__subcmd__review_commands] )) ||
_opsdesk__subcmd__help__subcmd__article__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help article review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__article__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help article show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__article__subcmd__update_commands] )) ||
_opsdesk__subcmd__help__subcmd__article__subcmd__update_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help article update commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__backup_commands] )) ||
_opsdesk__subcmd__help__subcmd__backup_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help backup commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__bench_commands] )) ||
_opsdesk__subcmd__help__subcmd__bench_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help bench commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing_commands() {
    local commands; commands=(
'new:A new run for a month, with its checklist and its deadline (B1, B2)' \
'list:Runs, the ones still ahead of their deadline first, with progress' \
'show:One run\: its checklist (every attempt), anomalies, duties and history' \
'check:Record an item performed, with its result and figures (B4)' \
'review:Review an item someone else performed (B3)\: ok or rejected' \
'anomaly:Log an anomaly and its likely effect; the supervisor and manager are owed a report (B6)' \
'submit:Every item reviewed\: ask the supervisor to confirm (B7)' \
'confirm:Supervisor\: confirm the run; its results are published (B7)' \
'dispute:Supervisor\: question the result; the checklist is checked again (B8)' \
'rollback:Roll a disputed run back, with the reason (B8)' \
'retry:Run again after a rollback\: a new attempt with a fresh checklist (B8)' \
'report:The check report (B4) or the deadline report (B5), as Markdown or plain text' \
    )
    _describe -t commands 'opsdesk help billing commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__anomaly_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__anomaly_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing anomaly commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__check_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing check commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__confirm_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__confirm_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing confirm commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__dispute_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__dispute_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing dispute commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__report_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__retry_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__retry_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing retry commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__review_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__rollback_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__rollback_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing rollback commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__billing__subcmd__submit_commands] )) ||
_opsdesk__subcmd__help__subcmd__billing__subcmd__submit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help billing submit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__calendar_commands] )) ||
_opsdesk__subcmd__help__subcmd__calendar_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help calendar commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__callback_commands] )) ||
_opsdesk__subcmd__help__subcmd__callback_commands() {
    local commands; commands=(
'list:Callbacks owed and made, newest first' \
'record:Record a call\: --reached with --satisfaction, or --not-reached' \
    )
    _describe -t commands 'opsdesk help callback commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__callback__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__callback__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help callback list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__callback__subcmd__record_commands] )) ||
_opsdesk__subcmd__help__subcmd__callback__subcmd__record_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help callback record commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change_commands] )) ||
_opsdesk__subcmd__help__subcmd__change_commands() {
    local commands; commands=(
'new:Record a change (a draft) in a month'\''s plan (C1), or unplanned from a requirement (C2)' \
'list:Open changes (or all with --all), newest first, with the next deadline' \
'show:One change\: its fields, gates, notice duties and history' \
'plan:Put a change in its month'\''s plan with its window (C1); without ID, print a month'\''s plan' \
'confirm-test:Record the test-environment confirmation\: who confirmed it and when (C3)' \
'schedule:Pass the gates (C3-C6) and start the notice deadlines; a manager may override' \
'notify:Mark a notice sent\: c5, c5-front, c6 or c7 (C7 by phone when late\: the notice follows)' \
'start:The change goes into production (after its C7 notice, inside its window); a manager may override the window' \
'finish:The change ended\: succeeded, failed or rolled-back' \
'result:The result notice went out (C8), with what it said' \
'summary:Fully confirmed, and the summary report sent (C9; complex changes)' \
'close:Close a change whose result (and summary) is out' \
'notice:Print a change'\''s C7, C8 or C9 notice, rendered from its template' \
    )
    _describe -t commands 'opsdesk help change commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__close_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__confirm-test_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__confirm-test_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change confirm-test commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__finish_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__finish_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change finish commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__notice_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__notice_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change notice commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__notify_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__notify_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change notify commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__plan_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change plan commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__result_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__result_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change result commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__schedule_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change schedule commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__start_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__start_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change start commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__change__subcmd__summary_commands] )) ||
_opsdesk__subcmd__help__subcmd__change__subcmd__summary_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help change summary commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__check_commands] )) ||
_opsdesk__subcmd__help__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help check commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__completions_commands] )) ||
_opsdesk__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help completions commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__config_commands] )) ||
_opsdesk__subcmd__help__subcmd__config_commands() {
    local commands; commands=(
'check:Check the config files and the desk'\''s templates; exit 1 naming file, line and key when something is wrong' \
'show:Print the effective configuration, each key with the file and line that set it (built-in defaults < /etc/opsdesk/config.toml < your own, or the file --config names)' \
    )
    _describe -t commands 'opsdesk help config commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__config__subcmd__check_commands] )) ||
_opsdesk__subcmd__help__subcmd__config__subcmd__check_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help config check commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__config__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__config__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help config show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__corrective_commands] )) ||
_opsdesk__subcmd__help__subcmd__corrective_commands() {
    local commands; commands=(
'new:Issue a corrective notice (supervisor); it goes to the department through the outbox' \
'list:Corrective notices, newest first' \
'show:One notice, with its duties' \
'follow-up:Record the follow-up\: done (--done), or not yet with a new due date (--next-due)' \
'close:Close a notice (supervisor)\: once followed up, or with the reason' \
    )
    _describe -t commands 'opsdesk help corrective commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__corrective__subcmd__close_commands] )) ||
_opsdesk__subcmd__help__subcmd__corrective__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help corrective close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__corrective__subcmd__follow-up_commands] )) ||
_opsdesk__subcmd__help__subcmd__corrective__subcmd__follow-up_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help corrective follow-up commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__corrective__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__corrective__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help corrective list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__corrective__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__corrective__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help corrective new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__corrective__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__corrective__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help corrective show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__demo_commands] )) ||
_opsdesk__subcmd__help__subcmd__demo_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help demo commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__dept_commands] )) ||
_opsdesk__subcmd__help__subcmd__dept_commands() {
    local commands; commands=(
'add:Add a department (admin)' \
'edit:Correct a department'\''s name, people, contacts or flags (admin)' \
'list:The directory of departments and their contacts' \
    )
    _describe -t commands 'opsdesk help dept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__dept__subcmd__add_commands] )) ||
_opsdesk__subcmd__help__subcmd__dept__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help dept add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__dept__subcmd__edit_commands] )) ||
_opsdesk__subcmd__help__subcmd__dept__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help dept edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__dept__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__dept__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help dept list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__drill_commands] )) ||
_opsdesk__subcmd__help__subcmd__drill_commands() {
    local commands; commands=(
'schedule:Schedule a drill of a plan in force\: a duty counts down to it (supervisor and above)' \
'hold:Record that it was held\: who took part, what was simulated, the timings' \
'evaluate:The evaluation report\: what worked, what did not, the measures; sent to the plan'\''s leadership group through the outbox' \
'list:The drills, newest first' \
'show:One drill with its duties and history' \
    )
    _describe -t commands 'opsdesk help drill commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__drill__subcmd__evaluate_commands] )) ||
_opsdesk__subcmd__help__subcmd__drill__subcmd__evaluate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help drill evaluate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__drill__subcmd__hold_commands] )) ||
_opsdesk__subcmd__help__subcmd__drill__subcmd__hold_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help drill hold commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__drill__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__drill__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help drill list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__drill__subcmd__schedule_commands] )) ||
_opsdesk__subcmd__help__subcmd__drill__subcmd__schedule_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help drill schedule commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__drill__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__drill__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help drill show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__duty_commands] )) ||
_opsdesk__subcmd__help__subcmd__duty_commands() {
    local commands; commands=(
'list:Every duty not yet done, earliest due first' \
'done:Record that a duty was done\: who (you), when, how' \
    )
    _describe -t commands 'opsdesk help duty commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__duty__subcmd__done_commands] )) ||
_opsdesk__subcmd__help__subcmd__duty__subcmd__done_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help duty done commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__duty__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__duty__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help duty list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__engine_commands] )) ||
_opsdesk__subcmd__help__subcmd__engine_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help engine commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__history_commands] )) ||
_opsdesk__subcmd__help__subcmd__history_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help history commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident_commands() {
    local commands; commands=(
'new:Record a new incident (I3); prints its id' \
'list:The ledger (I13), newest first' \
'show:One incident with its duties and history' \
'accept:Take ownership (I4); a supervisor may assign with --to' \
'contact:Record reaching the reporting site (I4); starts diagnosis' \
'restore:Service restored by a temporary fix (I5); stops the ladder' \
'resolve:Cause removed (I5)' \
'verify:Confirmed with the reporter, with satisfaction 1-5 (I12); below the threshold reopens' \
'close:Close a verified incident' \
'reopen:Handle it again (I12)\: the ladder restarts' \
'affects:Name the departments the fault affects (I8)\: they are told when the service is back' \
'note:Add a handling note to the timeline (I10)' \
'declare-major:Declare it a major incident (I14; supervisor and above)\: the response on the plan starts (E2)\: the leadership group told at once, progress reports every interval' \
    )
    _describe -t commands 'opsdesk help incident commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__accept_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__affects_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__affects_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident affects commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__close_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__contact_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__contact_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident contact commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__declare-major_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__declare-major_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident declare-major commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__note_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__note_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident note commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__reopen_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__reopen_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident reopen commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__resolve_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__resolve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident resolve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__restore_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident restore commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__incident__subcmd__verify_commands] )) ||
_opsdesk__subcmd__help__subcmd__incident__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help incident verify commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__init_commands] )) ||
_opsdesk__subcmd__help__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help init commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__ledger_commands] )) ||
_opsdesk__subcmd__help__subcmd__ledger_commands() {
    local commands; commands=(
'export:Every incident received in a range with its description, handling, result, satisfaction, times and durations, as an Excel workbook or CSV (I13); with --kind, the range'\''s requests, changes and runs too, a sheet each; no contact details (A2)' \
'import:Read a ledger kept in Excel or CSV into the desk as incidents, columns mapped by a TOML file; nothing is imported unless every row is good (supervisor or above)' \
    )
    _describe -t commands 'opsdesk help ledger commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__ledger__subcmd__export_commands] )) ||
_opsdesk__subcmd__help__subcmd__ledger__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help ledger export commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__ledger__subcmd__import_commands] )) ||
_opsdesk__subcmd__help__subcmd__ledger__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help ledger import commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__manpages_commands] )) ||
_opsdesk__subcmd__help__subcmd__manpages_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help manpages commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__migrate_commands] )) ||
_opsdesk__subcmd__help__subcmd__migrate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help migrate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__notify_commands] )) ||
_opsdesk__subcmd__help__subcmd__notify_commands() {
    local commands; commands=(
'test:Send one test message through the configured channel and print the server'\''s answer' \
    )
    _describe -t commands 'opsdesk help notify commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__notify__subcmd__test_commands] )) ||
_opsdesk__subcmd__help__subcmd__notify__subcmd__test_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help notify test commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__outage_commands] )) ||
_opsdesk__subcmd__help__subcmd__outage_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help outage commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__outbox_commands] )) ||
_opsdesk__subcmd__help__subcmd__outbox_commands() {
    local commands; commands=(
'list:Messages, newest first\: all, or by state (draft, queued, sending, sent, failed, uncertain, cancelled)' \
'show:One message in full\: recipients, text, every try and the duty it serves' \
'approve:Approve a message awaiting review\: it goes on the next pass' \
'edit:Rewrite a message before it goes (a draft, or one to send again)' \
'send:Approve (a draft) or queue again (a failed one, or one that may have been sent), then send what is due now' \
'retry:Queue a failed message, or one that may have been sent, again' \
    )
    _describe -t commands 'opsdesk help outbox commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__outbox__subcmd__approve_commands] )) ||
_opsdesk__subcmd__help__subcmd__outbox__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help outbox approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__outbox__subcmd__edit_commands] )) ||
_opsdesk__subcmd__help__subcmd__outbox__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help outbox edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__outbox__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__outbox__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help outbox list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__outbox__subcmd__retry_commands] )) ||
_opsdesk__subcmd__help__subcmd__outbox__subcmd__retry_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help outbox retry commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__outbox__subcmd__send_commands] )) ||
_opsdesk__subcmd__help__subcmd__outbox__subcmd__send_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help outbox send commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__outbox__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__outbox__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help outbox show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__person_commands] )) ||
_opsdesk__subcmd__help__subcmd__person_commands() {
    local commands; commands=(
'move:The person changed role (the HR record of the move)\: each account opsdesk granted them is to be removed within a working day (R3)' \
'leave:The person left (the departure approval'\''s number)\: likewise' \
    )
    _describe -t commands 'opsdesk help person commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__person__subcmd__leave_commands] )) ||
_opsdesk__subcmd__help__subcmd__person__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help person leave commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__person__subcmd__move_commands] )) ||
_opsdesk__subcmd__help__subcmd__person__subcmd__move_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help person move commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__plan_commands] )) ||
_opsdesk__subcmd__help__subcmd__plan_commands() {
    local commands; commands=(
'new:Write a new emergency plan (a draft; supervisor and above)\: services and scenarios it covers, its leadership group, its steps (E1)' \
'list:The plans, newest first' \
'show:One plan with its group, steps, drills and history' \
'approve:Approve a draft or a revision (manager and above)' \
'revise:Change a plan\: an approved one becomes its next revision, awaiting approval' \
'retire:No longer in force (manager and above)' \
    )
    _describe -t commands 'opsdesk help plan commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__plan__subcmd__approve_commands] )) ||
_opsdesk__subcmd__help__subcmd__plan__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help plan approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__plan__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__plan__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help plan list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__plan__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__plan__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help plan new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__plan__subcmd__retire_commands] )) ||
_opsdesk__subcmd__help__subcmd__plan__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help plan retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__plan__subcmd__revise_commands] )) ||
_opsdesk__subcmd__help__subcmd__plan__subcmd__revise_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help plan revise commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__plan__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__plan__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help plan show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__problem_commands] )) ||
_opsdesk__subcmd__help__subcmd__problem_commands() {
    local commands; commands=(
'new:Open a problem\: a cause that needs a system change to remove (P1)' \
'list:Problems, newest first' \
'show:One problem\: its cause, workaround, incidents and change' \
'link:Link an incident the problem caused (shown on both)' \
'plan:Plan the fix as a change; the change'\''s close marks the problem fixed' \
'edit:Better words for the title, root cause or workaround' \
'close:Close a problem (supervisor)\: fixed, or with the reason it is closed unfixed' \
    )
    _describe -t commands 'opsdesk help problem commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__problem__subcmd__close_commands] )) ||
_opsdesk__subcmd__help__subcmd__problem__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help problem close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__problem__subcmd__edit_commands] )) ||
_opsdesk__subcmd__help__subcmd__problem__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help problem edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__problem__subcmd__link_commands] )) ||
_opsdesk__subcmd__help__subcmd__problem__subcmd__link_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help problem link commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__problem__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__problem__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help problem list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__problem__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__problem__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help problem new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__problem__subcmd__plan_commands] )) ||
_opsdesk__subcmd__help__subcmd__problem__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help problem plan commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__problem__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__problem__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help problem show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__report_commands] )) ||
_opsdesk__subcmd__help__subcmd__report_commands() {
    local commands; commands=(
'daily:The day'\''s work report (Q1)\: incidents opened, restored, resolved and still open, escalations, duties missed, changes done, requests due and late, open issues' \
'weekly:The week'\''s work report (Q1), Monday to Sunday, with the same figures' \
'kpi:The half-year KPI review (Q3)\: response speed, coverage, resolution rate, satisfaction and error rate beside their targets in \[quality\] of the config, met or not (Q4)' \
'month:The month'\''s evaluation of every department served and every IT team (Q2)\: availability, data accuracy, timeliness and satisfaction, weighted as \[quality.month\] says, ranked' \
    )
    _describe -t commands 'opsdesk help report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__report__subcmd__daily_commands] )) ||
_opsdesk__subcmd__help__subcmd__report__subcmd__daily_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help report daily commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__report__subcmd__kpi_commands] )) ||
_opsdesk__subcmd__help__subcmd__report__subcmd__kpi_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help report kpi commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__report__subcmd__month_commands] )) ||
_opsdesk__subcmd__help__subcmd__report__subcmd__month_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help report month commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__report__subcmd__weekly_commands] )) ||
_opsdesk__subcmd__help__subcmd__report__subcmd__weekly_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help report weekly commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request_commands] )) ||
_opsdesk__subcmd__help__subcmd__request_commands() {
    local commands; commands=(
'new:Record a form as it reached IT (R1-R5); prints its id. Its clock starts when no approval is missing (R7)' \
'list:The archive, newest first\: by number, department, requester, text (R8)' \
'show:One request with its clock, pauses, duties and history' \
'accept:Take it; a supervisor may assign it with --to' \
'approve:Record an approval that reached IT\: the last one missing starts the clock (R7)' \
'decide:R4\: the IT manager decides whether the president must approve' \
'escalate:R3\: the permission is beyond the business department'\''s authority\: the leader in charge approves too, and the clock stands still until then' \
'pause:R7\: waiting for the requester'\''s material\: the clock stands still' \
'resume:R7\: the material came\: the clock runs again' \
'evaluate:R1'\''s first evaluation (or --new-project), R5'\''s first opinion\: meets the limit' \
'deliver:Delivered (R4\: encrypted, classified, with the file'\''s SHA-256; R5 urgent\: the reply)' \
'confirm:R1\: the requester'\''s feedback form (需求实现反馈表)' \
'close:Into the archive; an unfinished one needs --reason and a supervisor' \
'export:Export the archive as CSV (UTF-8 with BOM); the export is recorded (R8, A2)' \
'exports:The exports made\: who, when, which range (R8)' \
    )
    _describe -t commands 'opsdesk help request commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__accept_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__approve_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__close_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__confirm_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__confirm_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request confirm commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__decide_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__decide_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request decide commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__deliver_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__deliver_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request deliver commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__escalate_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__escalate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request escalate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__evaluate_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__evaluate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request evaluate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__export_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request export commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__exports_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__exports_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request exports commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__pause_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__pause_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request pause commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__resume_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__resume_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request resume commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__request__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__request__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help request show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__response_commands] )) ||
_opsdesk__subcmd__help__subcmd__response_commands() {
    local commands; commands=(
'list:The responses, newest first' \
'show:One response\: its incident, the next report'\''s countdown, duties, messages and timeline' \
'report:The operator'\''s words for the next progress report (anyone on the desk)' \
'stand-down:Stand the response down (supervisor and above)\: the reports stop, the all-clear goes, the review is owed' \
'review:Record the review (supervisor and above\: --causes, --measure with --owner), then print the review document; without --causes, print it as it stands' \
'problem:Make measure N of the review a problem (supervisor and above; P1)\: it opens with the measure as its title and the review'\''s causes, the incident linked' \
'corrective:Make measure N of the review a corrective notice to a department (supervisor and above; Q6)\: the measure and its owner, the review'\''s causes as the findings; sent as any notice' \
    )
    _describe -t commands 'opsdesk help response commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__response__subcmd__corrective_commands] )) ||
_opsdesk__subcmd__help__subcmd__response__subcmd__corrective_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help response corrective commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__response__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__response__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help response list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__response__subcmd__problem_commands] )) ||
_opsdesk__subcmd__help__subcmd__response__subcmd__problem_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help response problem commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__response__subcmd__report_commands] )) ||
_opsdesk__subcmd__help__subcmd__response__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help response report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__response__subcmd__review_commands] )) ||
_opsdesk__subcmd__help__subcmd__response__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help response review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__response__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__response__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help response show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__response__subcmd__stand-down_commands] )) ||
_opsdesk__subcmd__help__subcmd__response__subcmd__stand-down_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help response stand-down commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__restore_commands] )) ||
_opsdesk__subcmd__help__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help restore commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__sample_commands] )) ||
_opsdesk__subcmd__help__subcmd__sample_commands() {
    local commands; commands=(
'draw:Draw a random sample of the month'\''s closed records (supervisor); the same seed draws the same sample' \
'finding:Record the finding on one sampled record (a reviewer who did not handle it)' \
'show:One sample, each item with its finding' \
'list:Samples, newest first' \
    )
    _describe -t commands 'opsdesk help sample commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__sample__subcmd__draw_commands] )) ||
_opsdesk__subcmd__help__subcmd__sample__subcmd__draw_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help sample draw commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__sample__subcmd__finding_commands] )) ||
_opsdesk__subcmd__help__subcmd__sample__subcmd__finding_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help sample finding commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__sample__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__sample__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help sample list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__sample__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__sample__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help sample show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__search_commands] )) ||
_opsdesk__subcmd__help__subcmd__search_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help search commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__send_commands] )) ||
_opsdesk__subcmd__help__subcmd__send_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help send commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__service_commands] )) ||
_opsdesk__subcmd__help__subcmd__service_commands() {
    local commands; commands=(
'add:Add a service incidents are recorded against (admin)' \
'edit:Correct a service'\''s names, aliases or order (admin); its code stays' \
'list:The services directory\: what a service field takes' \
'merge:Make two services one (admin)\: every record naming FROM names INTO, each change in its history; FROM is retired and its words become INTO'\''s aliases, so typing it names INTO' \
'retire:No longer offer a service nor take it for new records (admin); records keep it' \
    )
    _describe -t commands 'opsdesk help service commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__service__subcmd__add_commands] )) ||
_opsdesk__subcmd__help__subcmd__service__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help service add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__service__subcmd__edit_commands] )) ||
_opsdesk__subcmd__help__subcmd__service__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help service edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__service__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help service list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__service__subcmd__merge_commands] )) ||
_opsdesk__subcmd__help__subcmd__service__subcmd__merge_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help service merge commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__service__subcmd__retire_commands] )) ||
_opsdesk__subcmd__help__subcmd__service__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help service retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support_commands] )) ||
_opsdesk__subcmd__help__subcmd__support_commands() {
    local commands; commands=(
'new:Record an approved contact form (支撑中心联系单) as it reached the centre; prints its id. Its reply is due within an hour of working time (R9, R7)' \
'list:The archive, newest first' \
'show:One form with its reply clock, place in the ledger, rounds, duties and history' \
'reply:R9\: the reply to the initiator, in a form that can be traced (channel and text)' \
'accept:Into the ledger, with the work plan made from the approved form' \
'urgent:R9\: an urgent form (加急联系单)\: its reason and the general manager'\''s approval move the project ahead in the ledger' \
'proposal:R9\: send the proposal for the leaders'\'' review (a new round); a returned one is revised by its first author' \
'review:R9\: the leaders'\'' verdict on the proposal\: passed, or returned with comments' \
'reassign:R9\: give the proposal to another author (supervisor and above), with the reason' \
'number:The project number, once the project is set up' \
'close:Into the archive; one whose proposal has not passed needs --reason and a supervisor' \
'ledger:R9\: the ledger'\''s queue in the order the centre works on it, urgent forms marked with whom they overtook' \
    )
    _describe -t commands 'opsdesk help support commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__accept_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__close_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__ledger_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__ledger_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support ledger commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__new_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__number_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__number_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support number commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__proposal_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__proposal_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support proposal commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__reassign_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__reassign_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support reassign commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__reply_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__reply_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support reply commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__review_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__show_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__support__subcmd__urgent_commands] )) ||
_opsdesk__subcmd__help__subcmd__support__subcmd__urgent_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help support urgent commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__tick_commands] )) ||
_opsdesk__subcmd__help__subcmd__tick_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help tick commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__training_commands] )) ||
_opsdesk__subcmd__help__subcmd__training_commands() {
    local commands; commands=(
'add:Record training hours\: your own (or, a supervisor, someone else'\''s), or with --session one held for another department (its hours count for the trainer too)' \
'list:The records, newest day first' \
'report:The month'\''s hours of every operations staff member against the target; those under it marked (R6)' \
    )
    _describe -t commands 'opsdesk help training commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__training__subcmd__add_commands] )) ||
_opsdesk__subcmd__help__subcmd__training__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help training add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__training__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__training__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help training list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__training__subcmd__report_commands] )) ||
_opsdesk__subcmd__help__subcmd__training__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help training report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__user_commands] )) ||
_opsdesk__subcmd__help__subcmd__user_commands() {
    local commands; commands=(
'add:Map an operating-system login to a person (admin)' \
'list:Everyone in the directory' \
'edit:Correct someone'\''s name, department, phone or e-mail (admin)' \
'set-role:Change someone'\''s role (admin)' \
    )
    _describe -t commands 'opsdesk help user commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__user__subcmd__add_commands] )) ||
_opsdesk__subcmd__help__subcmd__user__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help user add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__user__subcmd__edit_commands] )) ||
_opsdesk__subcmd__help__subcmd__user__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help user edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__user__subcmd__list_commands] )) ||
_opsdesk__subcmd__help__subcmd__user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help user list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__help__subcmd__user__subcmd__set-role_commands] )) ||
_opsdesk__subcmd__help__subcmd__user__subcmd__set-role_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk help user set-role commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__history_commands] )) ||
_opsdesk__subcmd__history_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk history commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident_commands] )) ||
_opsdesk__subcmd__incident_commands() {
    local commands; commands=(
'new:Record a new incident (I3); prints its id' \
'list:The ledger (I13), newest first' \
'show:One incident with its duties and history' \
'accept:Take ownership (I4); a supervisor may assign with --to' \
'contact:Record reaching the reporting site (I4); starts diagnosis' \
'restore:Service restored by a temporary fix (I5); stops the ladder' \
'resolve:Cause removed (I5)' \
'verify:Confirmed with the reporter, with satisfaction 1-5 (I12); below the threshold reopens' \
'close:Close a verified incident' \
'reopen:Handle it again (I12)\: the ladder restarts' \
'affects:Name the departments the fault affects (I8)\: they are told when the service is back' \
'note:Add a handling note to the timeline (I10)' \
'declare-major:Declare it a major incident (I14; supervisor and above)\: the response on the plan starts (E2)\: the leadership group told at once, progress reports every interval' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk incident commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__accept_commands] )) ||
_opsdesk__subcmd__incident__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__affects_commands] )) ||
_opsdesk__subcmd__incident__subcmd__affects_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident affects commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__close_commands] )) ||
_opsdesk__subcmd__incident__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__contact_commands] )) ||
_opsdesk__subcmd__incident__subcmd__contact_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident contact commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__declare-major_commands] )) ||
_opsdesk__subcmd__incident__subcmd__declare-major_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident declare-major commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help_commands() {
    local commands; commands=(
'new:Record a new incident (I3); prints its id' \
'list:The ledger (I13), newest first' \
'show:One incident with its duties and history' \
'accept:Take ownership (I4); a supervisor may assign with --to' \
'contact:Record reaching the reporting site (I4); starts diagnosis' \
'restore:Service restored by a temporary fix (I5); stops the ladder' \
'resolve:Cause removed (I5)' \
'verify:Confirmed with the reporter, with satisfaction 1-5 (I12); below the threshold reopens' \
'close:Close a verified incident' \
'reopen:Handle it again (I12)\: the ladder restarts' \
'affects:Name the departments the fault affects (I8)\: they are told when the service is back' \
'note:Add a handling note to the timeline (I10)' \
'declare-major:Declare it a major incident (I14; supervisor and above)\: the response on the plan starts (E2)\: the leadership group told at once, progress reports every interval' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk incident help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__accept_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__affects_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__affects_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help affects commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__close_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__contact_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__contact_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help contact commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__declare-major_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__declare-major_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help declare-major commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__note_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__note_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help note commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__reopen_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__reopen_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help reopen commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__resolve_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__resolve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help resolve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__restore_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help restore commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__help__subcmd__verify_commands] )) ||
_opsdesk__subcmd__incident__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident help verify commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__list_commands] )) ||
_opsdesk__subcmd__incident__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__new_commands] )) ||
_opsdesk__subcmd__incident__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__note_commands] )) ||
_opsdesk__subcmd__incident__subcmd__note_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident note commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__reopen_commands] )) ||
_opsdesk__subcmd__incident__subcmd__reopen_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident reopen commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__resolve_commands] )) ||
_opsdesk__subcmd__incident__subcmd__resolve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident resolve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__restore_commands] )) ||
_opsdesk__subcmd__incident__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident restore commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__show_commands] )) ||
_opsdesk__subcmd__incident__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__incident__subcmd__verify_commands] )) ||
_opsdesk__subcmd__incident__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk incident verify commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__init_commands] )) ||
_opsdesk__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk init commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__ledger_commands] )) ||
_opsdesk__subcmd__ledger_commands() {
    local commands; commands=(
'export:Every incident received in a range with its description, handling, result, satisfaction, times and durations, as an Excel workbook or CSV (I13); with --kind, the range'\''s requests, changes and runs too, a sheet each; no contact details (A2)' \
'import:Read a ledger kept in Excel or CSV into the desk as incidents, columns mapped by a TOML file; nothing is imported unless every row is good (supervisor or above)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk ledger commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__ledger__subcmd__export_commands] )) ||
_opsdesk__subcmd__ledger__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk ledger export commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__ledger__subcmd__help_commands] )) ||
_opsdesk__subcmd__ledger__subcmd__help_commands() {
    local commands; commands=(
'export:Every incident received in a range with its description, handling, result, satisfaction, times and durations, as an Excel workbook or CSV (I13); with --kind, the range'\''s requests, changes and runs too, a sheet each; no contact details (A2)' \
'import:Read a ledger kept in Excel or CSV into the desk as incidents, columns mapped by a TOML file; nothing is imported unless every row is good (supervisor or above)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk ledger help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__ledger__subcmd__help__subcmd__export_commands] )) ||
_opsdesk__subcmd__ledger__subcmd__help__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk ledger help export commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__ledger__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__ledger__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk ledger help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__ledger__subcmd__help__subcmd__import_commands] )) ||
_opsdesk__subcmd__ledger__subcmd__help__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk ledger help import commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__ledger__subcmd__import_commands] )) ||
_opsdesk__subcmd__ledger__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk ledger import commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__manpages_commands] )) ||
_opsdesk__subcmd__manpages_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk manpages commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__migrate_commands] )) ||
_opsdesk__subcmd__migrate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk migrate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__notify_commands] )) ||
_opsdesk__subcmd__notify_commands() {
    local commands; commands=(
'test:Send one test message through the configured channel and print the server'\''s answer' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk notify commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__notify__subcmd__help_commands] )) ||
_opsdesk__subcmd__notify__subcmd__help_commands() {
    local commands; commands=(
'test:Send one test message through the configured channel and print the server'\''s answer' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk notify help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__notify__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__notify__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk notify help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__notify__subcmd__help__subcmd__test_commands] )) ||
_opsdesk__subcmd__notify__subcmd__help__subcmd__test_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk notify help test commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__notify__subcmd__test_commands] )) ||
_opsdesk__subcmd__notify__subcmd__test_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk notify test commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outage_commands] )) ||
_opsdesk__subcmd__outage_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outage commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox_commands] )) ||
_opsdesk__subcmd__outbox_commands() {
    local commands; commands=(
'list:Messages, newest first\: all, or by state (draft, queued, sending, sent, failed, uncertain, cancelled)' \
'show:One message in full\: recipients, text, every try and the duty it serves' \
'approve:Approve a message awaiting review\: it goes on the next pass' \
'edit:Rewrite a message before it goes (a draft, or one to send again)' \
'send:Approve (a draft) or queue again (a failed one, or one that may have been sent), then send what is due now' \
'retry:Queue a failed message, or one that may have been sent, again' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk outbox commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__approve_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__edit_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__help_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__help_commands() {
    local commands; commands=(
'list:Messages, newest first\: all, or by state (draft, queued, sending, sent, failed, uncertain, cancelled)' \
'show:One message in full\: recipients, text, every try and the duty it serves' \
'approve:Approve a message awaiting review\: it goes on the next pass' \
'edit:Rewrite a message before it goes (a draft, or one to send again)' \
'send:Approve (a draft) or queue again (a failed one, or one that may have been sent), then send what is due now' \
'retry:Queue a failed message, or one that may have been sent, again' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk outbox help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__help__subcmd__approve_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__help__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox help approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__help__subcmd__edit_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox help edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__help__subcmd__retry_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__help__subcmd__retry_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox help retry commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__help__subcmd__send_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__help__subcmd__send_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox help send commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__list_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__retry_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__retry_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox retry commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__send_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__send_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox send commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__outbox__subcmd__show_commands] )) ||
_opsdesk__subcmd__outbox__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk outbox show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__person_commands] )) ||
_opsdesk__subcmd__person_commands() {
    local commands; commands=(
'move:The person changed role (the HR record of the move)\: each account opsdesk granted them is to be removed within a working day (R3)' \
'leave:The person left (the departure approval'\''s number)\: likewise' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk person commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__person__subcmd__help_commands] )) ||
_opsdesk__subcmd__person__subcmd__help_commands() {
    local commands; commands=(
'move:The person changed role (the HR record of the move)\: each account opsdesk granted them is to be removed within a working day (R3)' \
'leave:The person left (the departure approval'\''s number)\: likewise' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk person help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__person__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__person__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk person help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__person__subcmd__help__subcmd__leave_commands] )) ||
_opsdesk__subcmd__person__subcmd__help__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk person help leave commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__person__subcmd__help__subcmd__move_commands] )) ||
_opsdesk__subcmd__person__subcmd__help__subcmd__move_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk person help move commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__person__subcmd__leave_commands] )) ||
_opsdesk__subcmd__person__subcmd__leave_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk person leave commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__person__subcmd__move_commands] )) ||
_opsdesk__subcmd__person__subcmd__move_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk person move commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan_commands] )) ||
_opsdesk__subcmd__plan_commands() {
    local commands; commands=(
'new:Write a new emergency plan (a draft; supervisor and above)\: services and scenarios it covers, its leadership group, its steps (E1)' \
'list:The plans, newest first' \
'show:One plan with its group, steps, drills and history' \
'approve:Approve a draft or a revision (manager and above)' \
'revise:Change a plan\: an approved one becomes its next revision, awaiting approval' \
'retire:No longer in force (manager and above)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk plan commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__approve_commands] )) ||
_opsdesk__subcmd__plan__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__help_commands] )) ||
_opsdesk__subcmd__plan__subcmd__help_commands() {
    local commands; commands=(
'new:Write a new emergency plan (a draft; supervisor and above)\: services and scenarios it covers, its leadership group, its steps (E1)' \
'list:The plans, newest first' \
'show:One plan with its group, steps, drills and history' \
'approve:Approve a draft or a revision (manager and above)' \
'revise:Change a plan\: an approved one becomes its next revision, awaiting approval' \
'retire:No longer in force (manager and above)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk plan help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__help__subcmd__approve_commands] )) ||
_opsdesk__subcmd__plan__subcmd__help__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan help approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__plan__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__plan__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__plan__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__help__subcmd__retire_commands] )) ||
_opsdesk__subcmd__plan__subcmd__help__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan help retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__help__subcmd__revise_commands] )) ||
_opsdesk__subcmd__plan__subcmd__help__subcmd__revise_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan help revise commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__plan__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__list_commands] )) ||
_opsdesk__subcmd__plan__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__new_commands] )) ||
_opsdesk__subcmd__plan__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__retire_commands] )) ||
_opsdesk__subcmd__plan__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__revise_commands] )) ||
_opsdesk__subcmd__plan__subcmd__revise_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan revise commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__plan__subcmd__show_commands] )) ||
_opsdesk__subcmd__plan__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk plan show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem_commands] )) ||
_opsdesk__subcmd__problem_commands() {
    local commands; commands=(
'new:Open a problem\: a cause that needs a system change to remove (P1)' \
'list:Problems, newest first' \
'show:One problem\: its cause, workaround, incidents and change' \
'link:Link an incident the problem caused (shown on both)' \
'plan:Plan the fix as a change; the change'\''s close marks the problem fixed' \
'edit:Better words for the title, root cause or workaround' \
'close:Close a problem (supervisor)\: fixed, or with the reason it is closed unfixed' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk problem commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__close_commands] )) ||
_opsdesk__subcmd__problem__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__edit_commands] )) ||
_opsdesk__subcmd__problem__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help_commands() {
    local commands; commands=(
'new:Open a problem\: a cause that needs a system change to remove (P1)' \
'list:Problems, newest first' \
'show:One problem\: its cause, workaround, incidents and change' \
'link:Link an incident the problem caused (shown on both)' \
'plan:Plan the fix as a change; the change'\''s close marks the problem fixed' \
'edit:Better words for the title, root cause or workaround' \
'close:Close a problem (supervisor)\: fixed, or with the reason it is closed unfixed' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk problem help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help__subcmd__close_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem help close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help__subcmd__edit_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem help edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help__subcmd__link_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help__subcmd__link_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem help link commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help__subcmd__plan_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem help plan commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__problem__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__link_commands] )) ||
_opsdesk__subcmd__problem__subcmd__link_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem link commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__list_commands] )) ||
_opsdesk__subcmd__problem__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__new_commands] )) ||
_opsdesk__subcmd__problem__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__plan_commands] )) ||
_opsdesk__subcmd__problem__subcmd__plan_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem plan commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__problem__subcmd__show_commands] )) ||
_opsdesk__subcmd__problem__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk problem show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report_commands] )) ||
_opsdesk__subcmd__report_commands() {
    local commands; commands=(
'daily:The day'\''s work report (Q1)\: incidents opened, restored, resolved and still open, escalations, duties missed, changes done, requests due and late, open issues' \
'weekly:The week'\''s work report (Q1), Monday to Sunday, with the same figures' \
'kpi:The half-year KPI review (Q3)\: response speed, coverage, resolution rate, satisfaction and error rate beside their targets in \[quality\] of the config, met or not (Q4)' \
'month:The month'\''s evaluation of every department served and every IT team (Q2)\: availability, data accuracy, timeliness and satisfaction, weighted as \[quality.month\] says, ranked' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__daily_commands] )) ||
_opsdesk__subcmd__report__subcmd__daily_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report daily commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__help_commands] )) ||
_opsdesk__subcmd__report__subcmd__help_commands() {
    local commands; commands=(
'daily:The day'\''s work report (Q1)\: incidents opened, restored, resolved and still open, escalations, duties missed, changes done, requests due and late, open issues' \
'weekly:The week'\''s work report (Q1), Monday to Sunday, with the same figures' \
'kpi:The half-year KPI review (Q3)\: response speed, coverage, resolution rate, satisfaction and error rate beside their targets in \[quality\] of the config, met or not (Q4)' \
'month:The month'\''s evaluation of every department served and every IT team (Q2)\: availability, data accuracy, timeliness and satisfaction, weighted as \[quality.month\] says, ranked' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk report help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__help__subcmd__daily_commands] )) ||
_opsdesk__subcmd__report__subcmd__help__subcmd__daily_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report help daily commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__report__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__help__subcmd__kpi_commands] )) ||
_opsdesk__subcmd__report__subcmd__help__subcmd__kpi_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report help kpi commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__help__subcmd__month_commands] )) ||
_opsdesk__subcmd__report__subcmd__help__subcmd__month_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report help month commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__help__subcmd__weekly_commands] )) ||
_opsdesk__subcmd__report__subcmd__help__subcmd__weekly_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report help weekly commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__kpi_commands] )) ||
_opsdesk__subcmd__report__subcmd__kpi_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report kpi commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__month_commands] )) ||
_opsdesk__subcmd__report__subcmd__month_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report month commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__report__subcmd__weekly_commands] )) ||
_opsdesk__subcmd__report__subcmd__weekly_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk report weekly commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request_commands] )) ||
_opsdesk__subcmd__request_commands() {
    local commands; commands=(
'new:Record a form as it reached IT (R1-R5); prints its id. Its clock starts when no approval is missing (R7)' \
'list:The archive, newest first\: by number, department, requester, text (R8)' \
'show:One request with its clock, pauses, duties and history' \
'accept:Take it; a supervisor may assign it with --to' \
'approve:Record an approval that reached IT\: the last one missing starts the clock (R7)' \
'decide:R4\: the IT manager decides whether the president must approve' \
'escalate:R3\: the permission is beyond the business department'\''s authority\: the leader in charge approves too, and the clock stands still until then' \
'pause:R7\: waiting for the requester'\''s material\: the clock stands still' \
'resume:R7\: the material came\: the clock runs again' \
'evaluate:R1'\''s first evaluation (or --new-project), R5'\''s first opinion\: meets the limit' \
'deliver:Delivered (R4\: encrypted, classified, with the file'\''s SHA-256; R5 urgent\: the reply)' \
'confirm:R1\: the requester'\''s feedback form (需求实现反馈表)' \
'close:Into the archive; an unfinished one needs --reason and a supervisor' \
'export:Export the archive as CSV (UTF-8 with BOM); the export is recorded (R8, A2)' \
'exports:The exports made\: who, when, which range (R8)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk request commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__accept_commands] )) ||
_opsdesk__subcmd__request__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__approve_commands] )) ||
_opsdesk__subcmd__request__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__close_commands] )) ||
_opsdesk__subcmd__request__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__confirm_commands] )) ||
_opsdesk__subcmd__request__subcmd__confirm_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request confirm commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__decide_commands] )) ||
_opsdesk__subcmd__request__subcmd__decide_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request decide commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__deliver_commands] )) ||
_opsdesk__subcmd__request__subcmd__deliver_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request deliver commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__escalate_commands] )) ||
_opsdesk__subcmd__request__subcmd__escalate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request escalate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__evaluate_commands] )) ||
_opsdesk__subcmd__request__subcmd__evaluate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request evaluate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__export_commands] )) ||
_opsdesk__subcmd__request__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request export commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__exports_commands] )) ||
_opsdesk__subcmd__request__subcmd__exports_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request exports commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help_commands] )) ||
_opsdesk__subcmd__request__subcmd__help_commands() {
    local commands; commands=(
'new:Record a form as it reached IT (R1-R5); prints its id. Its clock starts when no approval is missing (R7)' \
'list:The archive, newest first\: by number, department, requester, text (R8)' \
'show:One request with its clock, pauses, duties and history' \
'accept:Take it; a supervisor may assign it with --to' \
'approve:Record an approval that reached IT\: the last one missing starts the clock (R7)' \
'decide:R4\: the IT manager decides whether the president must approve' \
'escalate:R3\: the permission is beyond the business department'\''s authority\: the leader in charge approves too, and the clock stands still until then' \
'pause:R7\: waiting for the requester'\''s material\: the clock stands still' \
'resume:R7\: the material came\: the clock runs again' \
'evaluate:R1'\''s first evaluation (or --new-project), R5'\''s first opinion\: meets the limit' \
'deliver:Delivered (R4\: encrypted, classified, with the file'\''s SHA-256; R5 urgent\: the reply)' \
'confirm:R1\: the requester'\''s feedback form (需求实现反馈表)' \
'close:Into the archive; an unfinished one needs --reason and a supervisor' \
'export:Export the archive as CSV (UTF-8 with BOM); the export is recorded (R8, A2)' \
'exports:The exports made\: who, when, which range (R8)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk request help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__accept_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__approve_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__approve_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help approve commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__close_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__confirm_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__confirm_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help confirm commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__decide_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__decide_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help decide commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__deliver_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__deliver_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help deliver commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__escalate_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__escalate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help escalate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__evaluate_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__evaluate_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help evaluate commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__export_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help export commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__exports_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__exports_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help exports commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__pause_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__pause_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help pause commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__resume_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__resume_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help resume commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__request__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__list_commands] )) ||
_opsdesk__subcmd__request__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__new_commands] )) ||
_opsdesk__subcmd__request__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__pause_commands] )) ||
_opsdesk__subcmd__request__subcmd__pause_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request pause commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__resume_commands] )) ||
_opsdesk__subcmd__request__subcmd__resume_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request resume commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__request__subcmd__show_commands] )) ||
_opsdesk__subcmd__request__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk request show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response_commands] )) ||
_opsdesk__subcmd__response_commands() {
    local commands; commands=(
'list:The responses, newest first' \
'show:One response\: its incident, the next report'\''s countdown, duties, messages and timeline' \
'report:The operator'\''s words for the next progress report (anyone on the desk)' \
'stand-down:Stand the response down (supervisor and above)\: the reports stop, the all-clear goes, the review is owed' \
'review:Record the review (supervisor and above\: --causes, --measure with --owner), then print the review document; without --causes, print it as it stands' \
'problem:Make measure N of the review a problem (supervisor and above; P1)\: it opens with the measure as its title and the review'\''s causes, the incident linked' \
'corrective:Make measure N of the review a corrective notice to a department (supervisor and above; Q6)\: the measure and its owner, the review'\''s causes as the findings; sent as any notice' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk response commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__corrective_commands] )) ||
_opsdesk__subcmd__response__subcmd__corrective_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response corrective commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help_commands] )) ||
_opsdesk__subcmd__response__subcmd__help_commands() {
    local commands; commands=(
'list:The responses, newest first' \
'show:One response\: its incident, the next report'\''s countdown, duties, messages and timeline' \
'report:The operator'\''s words for the next progress report (anyone on the desk)' \
'stand-down:Stand the response down (supervisor and above)\: the reports stop, the all-clear goes, the review is owed' \
'review:Record the review (supervisor and above\: --causes, --measure with --owner), then print the review document; without --causes, print it as it stands' \
'problem:Make measure N of the review a problem (supervisor and above; P1)\: it opens with the measure as its title and the review'\''s causes, the incident linked' \
'corrective:Make measure N of the review a corrective notice to a department (supervisor and above; Q6)\: the measure and its owner, the review'\''s causes as the findings; sent as any notice' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk response help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help__subcmd__corrective_commands] )) ||
_opsdesk__subcmd__response__subcmd__help__subcmd__corrective_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response help corrective commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__response__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__response__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help__subcmd__problem_commands] )) ||
_opsdesk__subcmd__response__subcmd__help__subcmd__problem_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response help problem commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help__subcmd__report_commands] )) ||
_opsdesk__subcmd__response__subcmd__help__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response help report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help__subcmd__review_commands] )) ||
_opsdesk__subcmd__response__subcmd__help__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response help review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__response__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__help__subcmd__stand-down_commands] )) ||
_opsdesk__subcmd__response__subcmd__help__subcmd__stand-down_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response help stand-down commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__list_commands] )) ||
_opsdesk__subcmd__response__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__problem_commands] )) ||
_opsdesk__subcmd__response__subcmd__problem_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response problem commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__report_commands] )) ||
_opsdesk__subcmd__response__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__review_commands] )) ||
_opsdesk__subcmd__response__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__show_commands] )) ||
_opsdesk__subcmd__response__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__response__subcmd__stand-down_commands] )) ||
_opsdesk__subcmd__response__subcmd__stand-down_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk response stand-down commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__restore_commands] )) ||
_opsdesk__subcmd__restore_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk restore commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample_commands] )) ||
_opsdesk__subcmd__sample_commands() {
    local commands; commands=(
'draw:Draw a random sample of the month'\''s closed records (supervisor); the same seed draws the same sample' \
'finding:Record the finding on one sampled record (a reviewer who did not handle it)' \
'show:One sample, each item with its finding' \
'list:Samples, newest first' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk sample commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__draw_commands] )) ||
_opsdesk__subcmd__sample__subcmd__draw_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample draw commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__finding_commands] )) ||
_opsdesk__subcmd__sample__subcmd__finding_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample finding commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__help_commands] )) ||
_opsdesk__subcmd__sample__subcmd__help_commands() {
    local commands; commands=(
'draw:Draw a random sample of the month'\''s closed records (supervisor); the same seed draws the same sample' \
'finding:Record the finding on one sampled record (a reviewer who did not handle it)' \
'show:One sample, each item with its finding' \
'list:Samples, newest first' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk sample help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__help__subcmd__draw_commands] )) ||
_opsdesk__subcmd__sample__subcmd__help__subcmd__draw_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample help draw commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__help__subcmd__finding_commands] )) ||
_opsdesk__subcmd__sample__subcmd__help__subcmd__finding_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample help finding commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__sample__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__sample__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__sample__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__list_commands] )) ||
_opsdesk__subcmd__sample__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__sample__subcmd__show_commands] )) ||
_opsdesk__subcmd__sample__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk sample show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__search_commands] )) ||
_opsdesk__subcmd__search_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk search commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__send_commands] )) ||
_opsdesk__subcmd__send_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk send commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service_commands] )) ||
_opsdesk__subcmd__service_commands() {
    local commands; commands=(
'add:Add a service incidents are recorded against (admin)' \
'edit:Correct a service'\''s names, aliases or order (admin); its code stays' \
'list:The services directory\: what a service field takes' \
'merge:Make two services one (admin)\: every record naming FROM names INTO, each change in its history; FROM is retired and its words become INTO'\''s aliases, so typing it names INTO' \
'retire:No longer offer a service nor take it for new records (admin); records keep it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk service commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__add_commands] )) ||
_opsdesk__subcmd__service__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__edit_commands] )) ||
_opsdesk__subcmd__service__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__help_commands] )) ||
_opsdesk__subcmd__service__subcmd__help_commands() {
    local commands; commands=(
'add:Add a service incidents are recorded against (admin)' \
'edit:Correct a service'\''s names, aliases or order (admin); its code stays' \
'list:The services directory\: what a service field takes' \
'merge:Make two services one (admin)\: every record naming FROM names INTO, each change in its history; FROM is retired and its words become INTO'\''s aliases, so typing it names INTO' \
'retire:No longer offer a service nor take it for new records (admin); records keep it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk service help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__help__subcmd__add_commands] )) ||
_opsdesk__subcmd__service__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service help add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__help__subcmd__edit_commands] )) ||
_opsdesk__subcmd__service__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service help edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__service__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__service__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__help__subcmd__merge_commands] )) ||
_opsdesk__subcmd__service__subcmd__help__subcmd__merge_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service help merge commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__help__subcmd__retire_commands] )) ||
_opsdesk__subcmd__service__subcmd__help__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service help retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__list_commands] )) ||
_opsdesk__subcmd__service__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__merge_commands] )) ||
_opsdesk__subcmd__service__subcmd__merge_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service merge commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__service__subcmd__retire_commands] )) ||
_opsdesk__subcmd__service__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk service retire commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support_commands] )) ||
_opsdesk__subcmd__support_commands() {
    local commands; commands=(
'new:Record an approved contact form (支撑中心联系单) as it reached the centre; prints its id. Its reply is due within an hour of working time (R9, R7)' \
'list:The archive, newest first' \
'show:One form with its reply clock, place in the ledger, rounds, duties and history' \
'reply:R9\: the reply to the initiator, in a form that can be traced (channel and text)' \
'accept:Into the ledger, with the work plan made from the approved form' \
'urgent:R9\: an urgent form (加急联系单)\: its reason and the general manager'\''s approval move the project ahead in the ledger' \
'proposal:R9\: send the proposal for the leaders'\'' review (a new round); a returned one is revised by its first author' \
'review:R9\: the leaders'\'' verdict on the proposal\: passed, or returned with comments' \
'reassign:R9\: give the proposal to another author (supervisor and above), with the reason' \
'number:The project number, once the project is set up' \
'close:Into the archive; one whose proposal has not passed needs --reason and a supervisor' \
'ledger:R9\: the ledger'\''s queue in the order the centre works on it, urgent forms marked with whom they overtook' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk support commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__accept_commands] )) ||
_opsdesk__subcmd__support__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__close_commands] )) ||
_opsdesk__subcmd__support__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help_commands] )) ||
_opsdesk__subcmd__support__subcmd__help_commands() {
    local commands; commands=(
'new:Record an approved contact form (支撑中心联系单) as it reached the centre; prints its id. Its reply is due within an hour of working time (R9, R7)' \
'list:The archive, newest first' \
'show:One form with its reply clock, place in the ledger, rounds, duties and history' \
'reply:R9\: the reply to the initiator, in a form that can be traced (channel and text)' \
'accept:Into the ledger, with the work plan made from the approved form' \
'urgent:R9\: an urgent form (加急联系单)\: its reason and the general manager'\''s approval move the project ahead in the ledger' \
'proposal:R9\: send the proposal for the leaders'\'' review (a new round); a returned one is revised by its first author' \
'review:R9\: the leaders'\'' verdict on the proposal\: passed, or returned with comments' \
'reassign:R9\: give the proposal to another author (supervisor and above), with the reason' \
'number:The project number, once the project is set up' \
'close:Into the archive; one whose proposal has not passed needs --reason and a supervisor' \
'ledger:R9\: the ledger'\''s queue in the order the centre works on it, urgent forms marked with whom they overtook' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk support help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__accept_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__accept_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help accept commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__close_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__close_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help close commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__ledger_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__ledger_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help ledger commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__new_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__number_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__number_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help number commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__proposal_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__proposal_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help proposal commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__reassign_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__reassign_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help reassign commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__reply_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__reply_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help reply commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__review_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__show_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__help__subcmd__urgent_commands] )) ||
_opsdesk__subcmd__support__subcmd__help__subcmd__urgent_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support help urgent commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__ledger_commands] )) ||
_opsdesk__subcmd__support__subcmd__ledger_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support ledger commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__list_commands] )) ||
_opsdesk__subcmd__support__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__new_commands] )) ||
_opsdesk__subcmd__support__subcmd__new_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support new commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__number_commands] )) ||
_opsdesk__subcmd__support__subcmd__number_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support number commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__proposal_commands] )) ||
_opsdesk__subcmd__support__subcmd__proposal_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support proposal commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__reassign_commands] )) ||
_opsdesk__subcmd__support__subcmd__reassign_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support reassign commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__reply_commands] )) ||
_opsdesk__subcmd__support__subcmd__reply_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support reply commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__review_commands] )) ||
_opsdesk__subcmd__support__subcmd__review_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support review commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__show_commands] )) ||
_opsdesk__subcmd__support__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support show commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__support__subcmd__urgent_commands] )) ||
_opsdesk__subcmd__support__subcmd__urgent_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk support urgent commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__tick_commands] )) ||
_opsdesk__subcmd__tick_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk tick commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training_commands] )) ||
_opsdesk__subcmd__training_commands() {
    local commands; commands=(
'add:Record training hours\: your own (or, a supervisor, someone else'\''s), or with --session one held for another department (its hours count for the trainer too)' \
'list:The records, newest day first' \
'report:The month'\''s hours of every operations staff member against the target; those under it marked (R6)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk training commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training__subcmd__add_commands] )) ||
_opsdesk__subcmd__training__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk training add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training__subcmd__help_commands] )) ||
_opsdesk__subcmd__training__subcmd__help_commands() {
    local commands; commands=(
'add:Record training hours\: your own (or, a supervisor, someone else'\''s), or with --session one held for another department (its hours count for the trainer too)' \
'list:The records, newest day first' \
'report:The month'\''s hours of every operations staff member against the target; those under it marked (R6)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk training help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training__subcmd__help__subcmd__add_commands] )) ||
_opsdesk__subcmd__training__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk training help add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__training__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk training help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__training__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk training help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training__subcmd__help__subcmd__report_commands] )) ||
_opsdesk__subcmd__training__subcmd__help__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk training help report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training__subcmd__list_commands] )) ||
_opsdesk__subcmd__training__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk training list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__training__subcmd__report_commands] )) ||
_opsdesk__subcmd__training__subcmd__report_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk training report commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user_commands] )) ||
_opsdesk__subcmd__user_commands() {
    local commands; commands=(
'add:Map an operating-system login to a person (admin)' \
'list:Everyone in the directory' \
'edit:Correct someone'\''s name, department, phone or e-mail (admin)' \
'set-role:Change someone'\''s role (admin)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk user commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__add_commands] )) ||
_opsdesk__subcmd__user__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__edit_commands] )) ||
_opsdesk__subcmd__user__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__help_commands] )) ||
_opsdesk__subcmd__user__subcmd__help_commands() {
    local commands; commands=(
'add:Map an operating-system login to a person (admin)' \
'list:Everyone in the directory' \
'edit:Correct someone'\''s name, department, phone or e-mail (admin)' \
'set-role:Change someone'\''s role (admin)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'opsdesk user help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__help__subcmd__add_commands] )) ||
_opsdesk__subcmd__user__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user help add commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__help__subcmd__edit_commands] )) ||
_opsdesk__subcmd__user__subcmd__help__subcmd__edit_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user help edit commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__help__subcmd__help_commands] )) ||
_opsdesk__subcmd__user__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user help help commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__help__subcmd__list_commands] )) ||
_opsdesk__subcmd__user__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user help list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__help__subcmd__set-role_commands] )) ||
_opsdesk__subcmd__user__subcmd__help__subcmd__set-role_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user help set-role commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__list_commands] )) ||
_opsdesk__subcmd__user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user list commands' commands "$@"
}
(( $+functions[_opsdesk__subcmd__user__subcmd__set-role_commands] )) ||
_opsdesk__subcmd__user__subcmd__set-role_commands() {
    local commands; commands=()
    _describe -t commands 'opsdesk user set-role commands' commands "$@"
}

if [ "$funcstack[1]" = "_opsdesk" ]; then
    _opsdesk "$@"
else
    compdef _opsdesk opsdesk
fi
