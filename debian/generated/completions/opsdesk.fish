# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_opsdesk_global_optspecs
    string join \n db= config= lang= read-only h/help V/version
end

function __fish_opsdesk_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_opsdesk_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_opsdesk_using_subcommand
    set -l cmd (__fish_opsdesk_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c opsdesk -n "__fish_opsdesk_needs_command" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_needs_command" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_needs_command" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_needs_command" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -s V -l version -d 'Print version'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "init" -d 'Create a new, empty desk database and make yourself its admin'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "demo" -d 'Write a ready demo database (departments, people, a month of incidents in every state and the year before it)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "user" -d 'Users: add, list, set-role (admin only for changes)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "dept" -d 'Departments: add, list (admin only for changes)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "service" -d 'Services incidents are recorded against: add, edit, list, retire (admin only for changes)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "incident" -d 'Record and drive incidents; the ledger'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "ledger" -d 'The tracking ledger (I13): every incident out to Excel or CSV, a ledger kept elsewhere in'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "change" -d 'System changes: plan, gates, notices and their deadlines (C1-C10)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "billing" -d 'Billing and settlement runs: checklists with a second checker, sign-off (B1-B8)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "request" -d 'Service requests: requirements, products, accounts, data extraction and processing, each with its working-day clock (R1-R5, R7); the archive and its export (R8)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "support" -d 'The business support centre\'s contact forms: reply clock, ledger, urgent forms, proposal rounds (R9, R7)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "training" -d 'Training hours: own, sessions for other departments, the month\'s report against the target (R6)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "plan" -d 'Emergency plans (应急预案): services, leadership group, steps; approved, revised, retired (E1)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "drill" -d 'Drills of the emergency plans: scheduled, held, evaluated (E1)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "response" -d 'The emergency responses major incidents start: progress reports, stand-down, review (E2)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "problem" -d 'Problems: causes that need a system change, their incidents and their fix (P1, I9)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "corrective" -d 'Corrective notices to departments below standard, followed up until done (Q6)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "sample" -d 'Quality sampling of closed records, each with a reviewer\'s finding (Q5)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "callback" -d 'Callbacks to reporters after verification or delivery (Q7, I12)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "article" -d 'The knowledge base: manuals, FAQ and case analyses, reviewed by a second person (K1, I10)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "person" -d 'A person moved or left (the HR record): their accounts are to be removed (R3)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "accounts" -d 'The accounts opsdesk granted, and those to remove (R3); `accounts remove ID`'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "calendar" -d 'A month of the working calendar: days off and make-up working days (W1, W2)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "duty" -d 'Duties: what must be told to whom by when'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "tick" -d 'Run the escalation engine once over every open incident, then the outbox (safe from cron, and in parallel)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "engine" -d 'Keep the clock running with no console open: the escalation engine every second and the outbox every send_every_seconds, one line on stderr per thing done, until SIGTERM or SIGINT (the opsdesk-engine service runs it; any number may run beside consoles and tick)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "outbox" -d 'Messages: review, approve, edit, resend (I6-I8, C5-C9, B5, B6)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "send" -d 'One pass of the outbox: write the messages new duties need and send what is due'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "report" -d 'Quality reports: daily and weekly work reports (Q1), the half-year KPIs against their targets (Q3, Q4), the month\'s ranking of departments (Q2)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "outage" -d 'Outage budget per service for a month (I11)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "history" -d 'The audit trail of a record: KIND is incident, change, run, duty, user, dept, request, account, person_change, export, support, training, plan, drill, response, problem, article or service'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "search" -d 'One search over every record, open or closed: incidents, changes, runs, requests, messages, problems, articles'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "backup" -d 'Copy the whole database to a new file, consistent while others work'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "restore" -d 'Replace the database with a backup (admin; refused while it is in use unless --force)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "migrate" -d 'Copy this desk, history and all, into an empty PostgreSQL database and compare the two row by row (admin); a desk on PostgreSQL is copied back to a file by `backup`'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "check" -d 'Check the database: integrity, references, and that every record\'s history replays to it'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "bench" -d 'Time the console\'s real code paths on this database, each figure beside its goal'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "config" -d 'Check or show the effective configuration'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "notify" -d 'Try the channels: send one test message and print the server\'s answer'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "completions" -d 'Print the completion script of a shell (bash, zsh, fish, elvish, powershell)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "manpages" -d 'Write the man pages, one per command and subcommand, to a directory (for packaging)'
complete -c opsdesk -n "__fish_opsdesk_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand init" -l name -d 'Your display name [default: from the password database, else your login]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand init" -l dept-name -d 'The name of the IT department that runs the desk' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand init" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand init" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand init" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand init" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand init" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l role -d 'Your role on the demo desk: operator, supervisor, manager, leader or admin' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l seed -d 'Seed for the generated incidents' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l incidents -d 'Add this many incidents from the years before (90% closed, each with its history): a desk at scale for `opsdesk bench`' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l requests -d 'Add this many closed service requests from the years before, each with its history: an archive to search and export (R8)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l open -d 'Open the console on it afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand demo" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -f -a "add" -d 'Map an operating-system login to a person (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -f -a "list" -d 'Everyone in the directory'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -f -a "edit" -d 'Correct someone\'s name, department, phone or e-mail (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -f -a "set-role" -d 'Change someone\'s role (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and not __fish_seen_subcommand_from add list edit set-role help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l name -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'operator, supervisor, manager, leader or admin' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l dept -d 'Department code (see opsdesk dept list)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l phone -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l email -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l name -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l dept -d 'Department code' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l phone -d '"" clears it' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l email -d '"" clears it' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from set-role" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from set-role" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from set-role" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from set-role" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from set-role" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from set-role" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Map an operating-system login to a person (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'Everyone in the directory'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct someone\'s name, department, phone or e-mail (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "set-role" -d 'Change someone\'s role (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -f -a "add" -d 'Add a department (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -f -a "edit" -d 'Correct a department\'s name, people, contacts or flags (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -f -a "list" -d 'The directory of departments and their contacts'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and not __fish_seen_subcommand_from add edit list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l name -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l kind -d 'business (default) or it' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l interface -d '接口人: the first person notices go to' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l interface-phone -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l interface-email -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l head -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l head-phone -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l head-email -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l manager -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l manager-phone -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l manager-email -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l relevance -d 'Order in lists and notices: lower first' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l front-line -d 'A front-line service department (call centre, network operations; C5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l maintenance -d 'A maintenance department (C5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l name -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l interface -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l interface-phone -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l interface-email -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l head -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l head-phone -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l head-email -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l manager -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l manager-phone -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l manager-email -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l front-line -d 'true or false (C5)' -r -f -a "true\t''
false\t''"
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l maintenance -d 'true or false (C5)' -r -f -a "true\t''
false\t''"
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l relevance -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a department (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct a department\'s name, people, contacts or flags (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from help" -f -a "list" -d 'The directory of departments and their contacts'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand dept; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -f -a "add" -d 'Add a service incidents are recorded against (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -f -a "edit" -d 'Correct a service\'s names, aliases or order (admin); its code stays'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -f -a "list" -d 'The services directory: what a service field takes'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -f -a "merge" -d 'Make two services one (admin): every record naming FROM names INTO, each change in its history; FROM is retired and its words become INTO\'s aliases, so typing it names INTO'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -f -a "retire" -d 'No longer offer a service nor take it for new records (admin); records keep it'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and not __fish_seen_subcommand_from add edit list merge retire help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -l name -d 'The English name' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -l name-zh -d 'The Chinese name (计费)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -l alias -d 'Another word typed for it; repeat for more' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -l order -d 'Order in lists: lower first' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l name -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l name-zh -d '"" clears it' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l alias -d 'The aliases, all of them, replacing those it has; repeat for more' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l order -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l no-aliases -d 'Remove every alias'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from list" -l all -d 'Retired services too'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from merge" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from merge" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from merge" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from merge" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from merge" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from merge" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from retire" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from retire" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from retire" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from retire" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from retire" -l undo -d 'Bring a retired service back'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from retire" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a service incidents are recorded against (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Correct a service\'s names, aliases or order (admin); its code stays'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "list" -d 'The services directory: what a service field takes'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "merge" -d 'Make two services one (admin): every record naming FROM names INTO, each change in its history; FROM is retired and its words become INTO\'s aliases, so typing it names INTO'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "retire" -d 'No longer offer a service nor take it for new records (admin); records keep it'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand service; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "new" -d 'Record a new incident (I3); prints its id'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "list" -d 'The ledger (I13), newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "show" -d 'One incident with its duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "accept" -d 'Take ownership (I4); a supervisor may assign with --to'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "contact" -d 'Record reaching the reporting site (I4); starts diagnosis'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "restore" -d 'Service restored by a temporary fix (I5); stops the ladder'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "resolve" -d 'Cause removed (I5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "verify" -d 'Confirmed with the reporter, with satisfaction 1-5 (I12); below the threshold reopens'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "close" -d 'Close a verified incident'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "reopen" -d 'Handle it again (I12): the ladder restarts'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "affects" -d 'Name the departments the fault affects (I8): they are told when the service is back'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "note" -d 'Add a handling note to the timeline (I10)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "declare-major" -d 'Declare it a major incident (I14; supervisor and above): the response on the plan starts (E2): the leadership group told at once, progress reports every interval'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and not __fish_seen_subcommand_from new list show accept contact restore resolve verify close reopen affects note declare-major help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l title -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l service -d 'The affected service (billing, crm, …)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l category -d 'os, network, application, database or other' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l channel -d 'phone, email, online, monitoring or walk-in' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l severity -d 'P1-P4 [default: P3]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l reporter -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l contact -d 'How to reach the reporter' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l dept -d 'Reporting department or customer' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l received-at -d 'When the desk received the report [default: now]. TIME: RFC 3339, HH:MM, or -16m, -2h' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l started-at -d 'When the fault started, if earlier [default: received_at]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l restored-at -d 'Recorded after the fact: the service was already restored at TIME (you own it; no ladder step it never reached is raised)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l affected -d 'Departments the fault affects (codes, comma-separated): told when it is over (I8)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l description -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l outage -d 'The service is suspended (counts against the outage budget, I11)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l level -d 'Only at this escalation level: none, supervisor, manager or leader' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l status -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l service -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l category -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l owner -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l since -d 'Received at or after TIME' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l until -d 'Received before TIME' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l before -d 'The next page: incidents with ids below this one' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l open -d 'Only incidents not closed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -l to -d 'Assign to this login instead of yourself (supervisor and above)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -l note -d 'What the reporting site said' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from contact" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l affected -d 'More departments the fault affected (codes, comma-separated): told it is over (I8)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l outage -d 'The service had been suspended (I11)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l cause -d 'The cause and what removed it, in plain words' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l problem -d 'The problem this incident belongs to (with --needs-change)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l human -d 'The cause was human (I11: not counted against the outage budget)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l needs-change -d 'Removing the cause needs a system change (I9): the cause becomes a problem, opened in the same step, or linked to the problem --problem names'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from resolve" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l satisfaction -d '1 (very unhappy) to 5 (very satisfied)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from close" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from close" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from close" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from close" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from close" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from close" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from close" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -l reason -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from reopen" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from affects" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from affects" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from affects" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from affects" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from affects" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from affects" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from affects" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from affects" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from note" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from note" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from note" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from note" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from note" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from note" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -l plan -d 'The emergency plan it is handled under (see opsdesk plan list)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -l reason -d 'Why it is major' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -l at -d 'When it was declared, if recorded after the fact [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from declare-major" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "new" -d 'Record a new incident (I3); prints its id'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "list" -d 'The ledger (I13), newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "show" -d 'One incident with its duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Take ownership (I4); a supervisor may assign with --to'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "contact" -d 'Record reaching the reporting site (I4); starts diagnosis'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Service restored by a temporary fix (I5); stops the ladder'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "resolve" -d 'Cause removed (I5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Confirmed with the reporter, with satisfaction 1-5 (I12); below the threshold reopens'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a verified incident'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "reopen" -d 'Handle it again (I12): the ladder restarts'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "affects" -d 'Name the departments the fault affects (I8): they are told when the service is back'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "note" -d 'Add a handling note to the timeline (I10)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "declare-major" -d 'Declare it a major incident (I14; supervisor and above): the response on the plan starts (E2): the leadership group told at once, progress reports every interval'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand incident; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and not __fish_seen_subcommand_from export import help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and not __fish_seen_subcommand_from export import help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and not __fish_seen_subcommand_from export import help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and not __fish_seen_subcommand_from export import help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and not __fish_seen_subcommand_from export import help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and not __fish_seen_subcommand_from export import help" -f -a "export" -d 'Every incident received in a range with its description, handling, result, satisfaction, times and durations, as an Excel workbook or CSV (I13); with --kind, the range\'s requests, changes and runs too, a sheet each; no contact details (A2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and not __fish_seen_subcommand_from export import help" -f -a "import" -d 'Read a ledger kept in Excel or CSV into the desk as incidents, columns mapped by a TOML file; nothing is imported unless every row is good (supervisor or above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and not __fish_seen_subcommand_from export import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l from -d 'From this day (YYYY-MM-DD in the desk\'s zone) or TIME: incidents received from then' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l to -d 'To this day, inclusive (YYYY-MM-DD), or up to TIME' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l format -d 'xlsx (a workbook: header frozen, filters, dates as dates) or csv (UTF-8 with a byte-order mark)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l kind -d 'The kinds of record, comma-separated: incident, request (received at IT in the range), change (planned in it), run (due in it); a workbook has a sheet each, a CSV file holds one [default: incident]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l out -d 'Write to FILE (refused if it exists) [default: standard output, csv only]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l json -d 'Print the export\'s record as JSON'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -l map -d 'Which column holds what (see examples/ledger-map.toml)' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -l skip-bad -d 'Import the good rows and write the bad ones, with their reasons, to REJECTS (a CSV file; refused if it exists)' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -l dry-run -d 'Read and check every row, import nothing'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -l json -d 'Print the report as JSON'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "export" -d 'Every incident received in a range with its description, handling, result, satisfaction, times and durations, as an Excel workbook or CSV (I13); with --kind, the range\'s requests, changes and runs too, a sheet each; no contact details (A2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "import" -d 'Read a ledger kept in Excel or CSV into the desk as incidents, columns mapped by a TOML file; nothing is imported unless every row is good (supervisor or above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand ledger; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "new" -d 'Record a change (a draft) in a month\'s plan (C1), or unplanned from a requirement (C2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "list" -d 'Open changes (or all with --all), newest first, with the next deadline'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "show" -d 'One change: its fields, gates, notice duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "plan" -d 'Put a change in its month\'s plan with its window (C1); without ID, print a month\'s plan'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "confirm-test" -d 'Record the test-environment confirmation: who confirmed it and when (C3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "schedule" -d 'Pass the gates (C3-C6) and start the notice deadlines; a manager may override'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "notify" -d 'Mark a notice sent: c5, c5-front, c6 or c7 (C7 by phone when late: the notice follows)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "start" -d 'The change goes into production (after its C7 notice, inside its window); a manager may override the window'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "finish" -d 'The change ended: succeeded, failed or rolled-back'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "result" -d 'The result notice went out (C8), with what it said'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "summary" -d 'Fully confirmed, and the summary report sent (C9; complex changes)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "close" -d 'Close a change whose result (and summary) is out'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "notice" -d 'Print a change\'s C7, C8 or C9 notice, rendered from its template'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and not __fish_seen_subcommand_from new list show plan confirm-test schedule notify start finish result summary close notice help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l title -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l systems -d 'Systems it touches, comma-separated' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l description -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l month -d 'The month whose plan holds it, YYYY-MM [default: the window\'s month]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l start -d 'Window start (TIME)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l end -d 'Window end (TIME)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l collaborators -d 'Departments whose hands it needs (codes, comma-separated; C6)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l steps -d 'The written order of the steps across departments (C6)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l unplanned -d 'Outside the month\'s plan (C2): name the requirement' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l scope -d 'Scope of impact' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l impact-duration -d 'How long the impact lasts' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l operator -d 'Who operates it' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l it-contact -d 'The IT department\'s contact on site' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l notes -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l departments -d 'Business departments concerned, most relevant first (codes, comma-separated; C7)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l user-affecting -d 'It affects users of the live network (C4, C5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l complex -d 'Complex or wide (C9)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -l before -d 'With --all: the next page, changes with ids below this one' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -l all -d 'Every change, not only the open ones'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l start -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l end -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l month -d 'YYYY-MM: the plan it belongs to, or the month to print [default: this month]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -l by -d 'Who confirmed it (the business departments\' people)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from confirm-test" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -l override -d 'Emergency: go ahead past the failing gates (or outside the window), for this reason (manager and above)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l notice -d 'c5 (maintenance departments), c5-front (front-line departments), c6 (collaborators), c7' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l channel -d 'email, sms, phone, in-person …' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notify" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -l override -d 'Emergency: go ahead past the failing gates (or outside the window), for this reason (manager and above)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from start" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l outcome -d 'succeeded, failed or rolled-back' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l why -d 'Why, briefly, when it failed or was rolled back' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from finish" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l late -d 'It ran far off the announced time: say why' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l remaining -d 'Remaining issues and their schedule' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l notes -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l channel -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from result" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l confirmed-at -d 'When the full confirmation was done [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l background -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l done -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l difficulty -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l significance -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l channel -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from close" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from close" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from close" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from close" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from close" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from close" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from close" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notice" -l kind -d 'c7 (change notice), c8 (result notice) or c9 (summary report)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notice" -l lang -d 'en or zh-CN [default: zh-CN]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notice" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notice" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notice" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notice" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from notice" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "new" -d 'Record a change (a draft) in a month\'s plan (C1), or unplanned from a requirement (C2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "list" -d 'Open changes (or all with --all), newest first, with the next deadline'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "show" -d 'One change: its fields, gates, notice duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Put a change in its month\'s plan with its window (C1); without ID, print a month\'s plan'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "confirm-test" -d 'Record the test-environment confirmation: who confirmed it and when (C3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Pass the gates (C3-C6) and start the notice deadlines; a manager may override'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "notify" -d 'Mark a notice sent: c5, c5-front, c6 or c7 (C7 by phone when late: the notice follows)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "start" -d 'The change goes into production (after its C7 notice, inside its window); a manager may override the window'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "finish" -d 'The change ended: succeeded, failed or rolled-back'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "result" -d 'The result notice went out (C8), with what it said'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Fully confirmed, and the summary report sent (C9; complex changes)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a change whose result (and summary) is out'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "notice" -d 'Print a change\'s C7, C8 or C9 notice, rendered from its template'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand change; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "new" -d 'A new run for a month, with its checklist and its deadline (B1, B2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "list" -d 'Runs, the ones still ahead of their deadline first, with progress'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "show" -d 'One run: its checklist (every attempt), anomalies, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "check" -d 'Record an item performed, with its result and figures (B4)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "review" -d 'Review an item someone else performed (B3): ok or rejected'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "anomaly" -d 'Log an anomaly and its likely effect; the supervisor and manager are owed a report (B6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "submit" -d 'Every item reviewed: ask the supervisor to confirm (B7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "confirm" -d 'Supervisor: confirm the run; its results are published (B7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "dispute" -d 'Supervisor: question the result; the checklist is checked again (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "rollback" -d 'Roll a disputed run back, with the reason (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "retry" -d 'Run again after a rollback: a new attempt with a fresh checklist (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "report" -d 'The check report (B4) or the deadline report (B5), as Markdown or plain text'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and not __fish_seen_subcommand_from new list show check review anomaly submit confirm dispute rollback retry report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -l kind -d 'billing, settlement-agents, settlement-cp or settlement-channels' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -l period -d 'The month billed or settled, YYYY-MM' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -l in-charge -d 'The person in charge (a login) [default: you]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l if-version -d 'Refuse (exit 4) unless the run is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l result -d 'ok or anomaly' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l figure -d 'A figure the item records: --figure rows_in=1200345 (repeat)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l remark -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -l if-version -d 'Refuse (exit 4) unless the run is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -l verdict -d 'ok or rejected' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l if-version -d 'Refuse (exit 4) unless the run is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l what -d 'What happened' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l effect -d 'deadline, result or both' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l told -d 'The supervisor and manager were told already: how' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from anomaly" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from submit" -l if-version -d 'Refuse (exit 4) unless the run is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from submit" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from submit" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from submit" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from submit" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from submit" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from submit" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from confirm" -l if-version -d 'Refuse (exit 4) unless the run is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from confirm" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from confirm" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from confirm" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from confirm" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from confirm" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from dispute" -l if-version -d 'Refuse (exit 4) unless the run is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from dispute" -l reason -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from dispute" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from dispute" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from dispute" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from dispute" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from dispute" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from dispute" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from rollback" -l if-version -d 'Refuse (exit 4) unless the run is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from rollback" -l reason -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from rollback" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from rollback" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from rollback" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from rollback" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from rollback" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from retry" -l if-version -d 'Refuse (exit 4) unless the run is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from retry" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from retry" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from retry" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from retry" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from retry" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -l kind -d 'check (B4) or deadline (B5)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -l lang -d 'en or zh-CN' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -l format -d 'markdown or text' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -l attempt -d 'An earlier attempt [default: the current one]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "new" -d 'A new run for a month, with its checklist and its deadline (B1, B2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "list" -d 'Runs, the ones still ahead of their deadline first, with progress'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "show" -d 'One run: its checklist (every attempt), anomalies, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "check" -d 'Record an item performed, with its result and figures (B4)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "review" -d 'Review an item someone else performed (B3): ok or rejected'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "anomaly" -d 'Log an anomaly and its likely effect; the supervisor and manager are owed a report (B6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "submit" -d 'Every item reviewed: ask the supervisor to confirm (B7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Supervisor: confirm the run; its results are published (B7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "dispute" -d 'Supervisor: question the result; the checklist is checked again (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Roll a disputed run back, with the reason (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Run again after a rollback: a new attempt with a fresh checklist (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "report" -d 'The check report (B4) or the deadline report (B5), as Markdown or plain text'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand billing; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "new" -d 'Record a form as it reached IT (R1-R5); prints its id. Its clock starts when no approval is missing (R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "list" -d 'The archive, newest first: by number, department, requester, text (R8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "show" -d 'One request with its clock, pauses, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "accept" -d 'Take it; a supervisor may assign it with --to'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "approve" -d 'Record an approval that reached IT: the last one missing starts the clock (R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "decide" -d 'R4: the IT manager decides whether the president must approve'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "escalate" -d 'R3: the permission is beyond the business department\'s authority: the leader in charge approves too, and the clock stands still until then'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "pause" -d 'R7: waiting for the requester\'s material: the clock stands still'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "resume" -d 'R7: the material came: the clock runs again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "evaluate" -d 'R1\'s first evaluation (or --new-project), R5\'s first opinion: meets the limit'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "deliver" -d 'Delivered (R4: encrypted, classified, with the file\'s SHA-256; R5 urgent: the reply)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "confirm" -d 'R1: the requester\'s feedback form (需求实现反馈表)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "close" -d 'Into the archive; an unfinished one needs --reason and a supervisor'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "export" -d 'Export the archive as CSV (UTF-8 with BOM); the export is recorded (R8, A2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "exports" -d 'The exports made: who, when, which range (R8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and not __fish_seen_subcommand_from new list show accept approve decide escalate pause resume evaluate deliver confirm close export exports help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l kind -d 'requirement (R1), product (R2), account (R3), extraction (R4) or processing (R5)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l title -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l dept -d 'The requesting department\'s code (see opsdesk dept list)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l requester -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l contact -d 'The requester\'s phone number or e-mail address: the receipt goes there' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l channel -d 'oa, email, paper or phone' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l form-no -d 'The form\'s own number (OA 流水号); required for oa and paper (R8)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l received-at -d 'When the form reached IT [default: now]. TIME: 2026-11-20 10:05, RFC 3339, HH:MM, -2h' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l filed-at -d 'When the requester filed the form: approvals from there are not counted (R7)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l approval -d 'An approval the form came with, ROLE=NAME or ROLE=NAME@TIME (repeat it)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l description -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l action -d 'R3: new, change or remove' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l system -d 'R3: the system' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l account -d 'R3: the account name' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l person -d 'R3: the person\'s login' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l person-name -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l permission -d 'R3: the permission' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l purpose -d 'R4: the purpose of use (required)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l scope -d 'R4: the scope of use (required)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l president -d 'R4: needed or not-needed: the IT manager\'s decision (a manager only)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l classification -d 'R4: top-secret (绝密), secret (机密) or confidential (保密)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l supervisor -d 'R5: the supervisor who sent the urgent item' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l changes-product -d 'R1: it changes a product (the product department\'s confirmation is an approval, role product_dept)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l beyond-authority -d 'R3: IT judges the permission beyond the business department\'s authority'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l urgent -d 'R5: a single urgent item by the requester\'s supervisor\'s e-mail'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l kind -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l dept -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l status -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l requester -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l number -d 'The form\'s own number (OA 流水号)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l text -d 'Text in the title, description, requester or form number' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l owner -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l before -d 'The next page: requests with ids below this one' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l open -d 'Only requests not closed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l late -d 'Only those whose limit passed unmet, or was met late (R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l paused -d 'Only those whose clock stands still now'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -l to -d 'Assign to this login instead of yourself (supervisor and above)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l by -d 'Who approved (a name; the president is recorded, not a login)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l role -d 'The role that approved: dept_manager, marketing_manager, business_management, leader, president, product_dept …' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -l president -d 'needed or not-needed' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from decide" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -l reason -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from escalate" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -l reason -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from pause" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from resume" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from resume" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from resume" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from resume" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from resume" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from resume" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from resume" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from resume" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l note -d 'The first evaluation (R1) or opinion (R5), as sent back' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l new-project -d 'R1: beyond the framework or the project\'s scope: turned into a new project'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from evaluate" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l classification -d 'R4: top-secret (绝密), secret (机密) or confidential (保密)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l sha256 -d 'R4: the delivered file\'s SHA-256, 64 hex digits' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l reply -d 'R5 urgent: the reply sent to the supervisor\'s e-mail' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l encrypted -d 'R4: the delivered file is encrypted'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from deliver" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l verdict -d 'satisfied or not-satisfied (sends it back to work)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l form -d 'The feedback form\'s number' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -l reason -d 'Why an unfinished request is closed (withdrawn, refused …)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l from -d 'From this day (YYYY-MM-DD in the desk\'s zone) or TIME: requests received at IT from then' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l to -d 'To this day, inclusive (YYYY-MM-DD), or up to TIME' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l format -d 'csv (UTF-8 with a byte-order mark, for a spreadsheet)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l kind -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l dept -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l output -d 'Write to FILE (refused if it exists) [default: standard output]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l json -d 'Print the export\'s record as JSON (with --output)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from exports" -l before -d 'The next page: exports with ids below this one' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from exports" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from exports" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from exports" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from exports" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from exports" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from exports" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from exports" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "new" -d 'Record a form as it reached IT (R1-R5); prints its id. Its clock starts when no approval is missing (R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "list" -d 'The archive, newest first: by number, department, requester, text (R8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "show" -d 'One request with its clock, pauses, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Take it; a supervisor may assign it with --to'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Record an approval that reached IT: the last one missing starts the clock (R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "decide" -d 'R4: the IT manager decides whether the president must approve'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "escalate" -d 'R3: the permission is beyond the business department\'s authority: the leader in charge approves too, and the clock stands still until then'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "pause" -d 'R7: waiting for the requester\'s material: the clock stands still'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "resume" -d 'R7: the material came: the clock runs again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "evaluate" -d 'R1\'s first evaluation (or --new-project), R5\'s first opinion: meets the limit'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "deliver" -d 'Delivered (R4: encrypted, classified, with the file\'s SHA-256; R5 urgent: the reply)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'R1: the requester\'s feedback form (需求实现反馈表)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "close" -d 'Into the archive; an unfinished one needs --reason and a supervisor'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "export" -d 'Export the archive as CSV (UTF-8 with BOM); the export is recorded (R8, A2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "exports" -d 'The exports made: who, when, which range (R8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand request; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "new" -d 'Record an approved contact form (支撑中心联系单) as it reached the centre; prints its id. Its reply is due within an hour of working time (R9, R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "list" -d 'The archive, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "show" -d 'One form with its reply clock, place in the ledger, rounds, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "reply" -d 'R9: the reply to the initiator, in a form that can be traced (channel and text)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "accept" -d 'Into the ledger, with the work plan made from the approved form'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "urgent" -d 'R9: an urgent form (加急联系单): its reason and the general manager\'s approval move the project ahead in the ledger'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "proposal" -d 'R9: send the proposal for the leaders\' review (a new round); a returned one is revised by its first author'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "review" -d 'R9: the leaders\' verdict on the proposal: passed, or returned with comments'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "reassign" -d 'R9: give the proposal to another author (supervisor and above), with the reason'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "number" -d 'The project number, once the project is set up'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "close" -d 'Into the archive; one whose proposal has not passed needs --reason and a supervisor'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "ledger" -d 'R9: the ledger\'s queue in the order the centre works on it, urgent forms marked with whom they overtook'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and not __fish_seen_subcommand_from new list show reply accept urgent proposal review reassign number close ledger help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l project -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l project-no -d 'The project number; leave it out while the project is only intended' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l client -d '甲方' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l owner -d '业主方' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l type -d 'full (全委托), standard (公版) or guidance (指导); repeat it for several' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l support -d '支撑要求: what support is wanted' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l material -d '现有资料: the material provided (this or --needs, or both)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l needs -d '甲方需求: the client\'s needs (this or --material, or both)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l initiator -d 'The project\'s initiator (项目发起人)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l dept -d 'The initiator\'s department\'s code (see opsdesk dept list)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l contact -d 'The initiator\'s phone number or e-mail address: the reply goes there' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l channel -d 'oa, email, paper or phone' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l form-no -d 'The form\'s own number (OA 流水号); required for oa and paper (R8)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l received-at -d 'When the approved form reached the centre [default: now]. TIME: 2026-11-20 10:05, HH:MM, -2h' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l approval -d 'An approval the form came with, ROLE=NAME or ROLE=NAME@TIME (repeat it): by default leader and marketing are needed' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l status -d 'received, queued, in_review, returned, passed or closed' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l before -d 'The next page: forms with ids below this one' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l open -d 'Only forms not closed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l late -d 'Only those not replied to by their due time, or replied to after it'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l channel -d 'email, sms, im, oa, paper or outbox (a phone call leaves no trace)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l text -d 'What the reply said' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reply" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -l plan -d 'The work plan made from the approved form' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from accept" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l reason -d 'Why the project is urgent (required)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l approved-by -d 'The general manager who approved the urgent form (required)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l approved-at -d 'When the general manager approved it (required)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l form-no -d 'The urgent form\'s own number' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from urgent" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -l note -d 'What this version is (初稿, 二稿 …)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from proposal" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l verdict -d 'passed or returned' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l by -d 'The leader who reviewed it' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l comments -d 'The leaders\' comments (required when returned)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l to -d 'The new author\'s login' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l reason -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from reassign" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -l project-no -d 'The project number' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from number" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -l at -d 'When it happened [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -l if-version -d 'Refuse (exit 4) unless the record is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -l reason -d 'Why a form whose proposal has not passed is closed (withdrawn, refused …)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -l json -d 'Print the record as JSON afterwards'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from ledger" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from ledger" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from ledger" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from ledger" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from ledger" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from ledger" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "new" -d 'Record an approved contact form (支撑中心联系单) as it reached the centre; prints its id. Its reply is due within an hour of working time (R9, R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "list" -d 'The archive, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "show" -d 'One form with its reply clock, place in the ledger, rounds, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "reply" -d 'R9: the reply to the initiator, in a form that can be traced (channel and text)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "accept" -d 'Into the ledger, with the work plan made from the approved form'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "urgent" -d 'R9: an urgent form (加急联系单): its reason and the general manager\'s approval move the project ahead in the ledger'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "proposal" -d 'R9: send the proposal for the leaders\' review (a new round); a returned one is revised by its first author'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "review" -d 'R9: the leaders\' verdict on the proposal: passed, or returned with comments'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "reassign" -d 'R9: give the proposal to another author (supervisor and above), with the reason'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "number" -d 'The project number, once the project is set up'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "close" -d 'Into the archive; one whose proposal has not passed needs --reason and a supervisor'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "ledger" -d 'R9: the ledger\'s queue in the order the centre works on it, urgent forms marked with whom they overtook'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand support; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -f -a "add" -d 'Record training hours: your own (or, a supervisor, someone else\'s), or with --session one held for another department (its hours count for the trainer too)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -f -a "list" -d 'The records, newest day first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -f -a "report" -d 'The month\'s hours of every operations staff member against the target; those under it marked (R6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and not __fish_seen_subcommand_from add list report help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l person -d 'The trainee, or a session\'s trainer [default: you]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l hours -d 'Hours, such as 2 or 1.5 (negative corrects an earlier record)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l topic -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l on -d 'The day, YYYY-MM-DD' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l dept -d 'The department trained (its code)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l attendees -d 'How many attended' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l session -d 'A session held for another department (needs --dept and --attendees)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l person -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l month -d 'Only this month, YYYY-MM' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l before -d 'The next page: records before this one, DAY:ID as the last line printed says' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -l month -d 'The month, YYYY-MM' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -l format -d 'table, json or csv' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -l csv -d 'CSV (UTF-8 with BOM, for spreadsheets), the same as --format csv'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from help" -f -a "add" -d 'Record training hours: your own (or, a supervisor, someone else\'s), or with --session one held for another department (its hours count for the trainer too)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from help" -f -a "list" -d 'The records, newest day first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from help" -f -a "report" -d 'The month\'s hours of every operations staff member against the target; those under it marked (R6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand training; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -f -a "new" -d 'Write a new emergency plan (a draft; supervisor and above): services and scenarios it covers, its leadership group, its steps (E1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -f -a "list" -d 'The plans, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -f -a "show" -d 'One plan with its group, steps, drills and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -f -a "approve" -d 'Approve a draft or a revision (manager and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -f -a "revise" -d 'Change a plan: an approved one becomes its next revision, awaiting approval'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -f -a "retire" -d 'No longer in force (manager and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and not __fish_seen_subcommand_from new list show approve revise retire help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l name -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l service -d 'A service it covers (an incident\'s --service), once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l scenario -d 'A scenario it covers, once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l member -d 'A person of the leadership group and their role in the plan, once each: LOGIN:ROLE (wangfang:组长)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l step -d 'A step of the plan, in order, once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l report-every -d 'Minutes between progress reports during a response [default: config, 30]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l review-days -d 'Working days after the stand-down for the review [default: config, 3]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l review-by -d 'When the plan is to be reviewed next' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -l status -d 'draft, approved, revised or retired' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -l before -d 'Only plans with ids below this one (the next page)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from approve" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from approve" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from approve" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from approve" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from approve" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from approve" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l name -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l service -d 'A service it covers (an incident\'s --service), once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l scenario -d 'A scenario it covers, once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l member -d 'A person of the leadership group and their role in the plan, once each: LOGIN:ROLE (wangfang:组长)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l step -d 'A step of the plan, in order, once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l report-every -d 'Minutes between progress reports during a response [default: config, 30]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l review-days -d 'Working days after the stand-down for the review [default: config, 3]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l review-by -d 'When the plan is to be reviewed next' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l note -d 'What the revision changes' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from revise" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from retire" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from retire" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from retire" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from retire" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from retire" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from retire" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "new" -d 'Write a new emergency plan (a draft; supervisor and above): services and scenarios it covers, its leadership group, its steps (E1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "list" -d 'The plans, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "show" -d 'One plan with its group, steps, drills and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve a draft or a revision (manager and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "revise" -d 'Change a plan: an approved one becomes its next revision, awaiting approval'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "retire" -d 'No longer in force (manager and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand plan; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -f -a "schedule" -d 'Schedule a drill of a plan in force: a duty counts down to it (supervisor and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -f -a "hold" -d 'Record that it was held: who took part, what was simulated, the timings'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -f -a "evaluate" -d 'The evaluation report: what worked, what did not, the measures; sent to the plan\'s leadership group through the outbox'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -f -a "list" -d 'The drills, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -f -a "show" -d 'One drill with its duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and not __fish_seen_subcommand_from schedule hold evaluate list show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -l plan -d 'The plan it drills' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -l scenario -d 'What it is to simulate' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -l at -d 'When [TIME]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from schedule" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l at -d 'When it began [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l ended-at -d 'When it ended [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l participant -d 'Who took part, once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l simulated -d 'What was simulated [default: the scenario as planned]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l timing -d 'A timing as observed ("切换完成 38 分钟"), once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from hold" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l worked -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l failed -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l measure -d 'A measure, once each' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from evaluate" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -l plan -d 'Only this plan\'s drills' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -l before -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from help" -f -a "schedule" -d 'Schedule a drill of a plan in force: a duty counts down to it (supervisor and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from help" -f -a "hold" -d 'Record that it was held: who took part, what was simulated, the timings'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from help" -f -a "evaluate" -d 'The evaluation report: what worked, what did not, the measures; sent to the plan\'s leadership group through the outbox'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from help" -f -a "list" -d 'The drills, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from help" -f -a "show" -d 'One drill with its duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand drill; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -f -a "list" -d 'The responses, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -f -a "show" -d 'One response: its incident, the next report\'s countdown, duties, messages and timeline'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -f -a "report" -d 'The operator\'s words for the next progress report (anyone on the desk)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -f -a "stand-down" -d 'Stand the response down (supervisor and above): the reports stop, the all-clear goes, the review is owed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -f -a "review" -d 'Record the review (supervisor and above: --causes, --measure with --owner), then print the review document; without --causes, print it as it stands'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -f -a "problem" -d 'Make measure N of the review a problem (supervisor and above; P1): it opens with the measure as its title and the review\'s causes, the incident linked'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -f -a "corrective" -d 'Make measure N of the review a corrective notice to a department (supervisor and above; Q6): the measure and its owner, the review\'s causes as the findings; sent as any notice'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and not __fish_seen_subcommand_from list show report stand-down review problem corrective help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from list" -l before -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from report" -l text -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from report" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from report" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from report" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from report" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from report" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from report" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from report" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -l at -d 'When it stood down [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from stand-down" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l causes -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l missed -d 'What the plan missed' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l measure -d 'A measure, once each, with its --owner in the same order' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l owner -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l in -d 'The document\'s language: en or zh-CN [default: the desk\'s message language]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from problem" -l measure -d 'The measure\'s number in the review (1 for the first)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from problem" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from problem" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from problem" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from problem" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from problem" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from problem" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from problem" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l measure -d 'The measure\'s number in the review (1 for the first)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l dept -d 'The department it goes to (its code, see opsdesk dept list)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l due -d 'When the measure must be done' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l expected-effect -d 'The effect expected once it is done' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from corrective" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from help" -f -a "list" -d 'The responses, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from help" -f -a "show" -d 'One response: its incident, the next report\'s countdown, duties, messages and timeline'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from help" -f -a "report" -d 'The operator\'s words for the next progress report (anyone on the desk)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from help" -f -a "stand-down" -d 'Stand the response down (supervisor and above): the reports stop, the all-clear goes, the review is owed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from help" -f -a "review" -d 'Record the review (supervisor and above: --causes, --measure with --owner), then print the review document; without --causes, print it as it stands'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from help" -f -a "problem" -d 'Make measure N of the review a problem (supervisor and above; P1): it opens with the measure as its title and the review\'s causes, the incident linked'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from help" -f -a "corrective" -d 'Make measure N of the review a corrective notice to a department (supervisor and above; Q6): the measure and its owner, the review\'s causes as the findings; sent as any notice'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand response; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -f -a "new" -d 'Open a problem: a cause that needs a system change to remove (P1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -f -a "list" -d 'Problems, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -f -a "show" -d 'One problem: its cause, workaround, incidents and change'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -f -a "link" -d 'Link an incident the problem caused (shown on both)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -f -a "plan" -d 'Plan the fix as a change; the change\'s close marks the problem fixed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -f -a "edit" -d 'Better words for the title, root cause or workaround'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -f -a "close" -d 'Close a problem (supervisor): fixed, or with the reason it is closed unfixed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and not __fish_seen_subcommand_from new list show link plan edit close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l title -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l root-cause -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l workaround -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l service -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l category -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l incidents -d 'Incidents it caused, comma-separated' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses, comma-separated: open, fix_planned, fixed, closed' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -l before -d 'Only problems with an id below this one (the next page)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from link" -l incident -d 'The incident it caused' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from link" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from link" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from link" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from link" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from link" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from plan" -l change -d 'The change that fixes it' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from plan" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from plan" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from plan" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from plan" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from plan" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from plan" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l title -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l root-cause -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l workaround -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from close" -l note -d 'Why it is closed (required unless it is fixed)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from close" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from close" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from close" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from close" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from close" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from close" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from help" -f -a "new" -d 'Open a problem: a cause that needs a system change to remove (P1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from help" -f -a "list" -d 'Problems, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from help" -f -a "show" -d 'One problem: its cause, workaround, incidents and change'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from help" -f -a "link" -d 'Link an incident the problem caused (shown on both)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Plan the fix as a change; the change\'s close marks the problem fixed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Better words for the title, root cause or workaround'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a problem (supervisor): fixed, or with the reason it is closed unfixed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand problem; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -f -a "new" -d 'Issue a corrective notice (supervisor); it goes to the department through the outbox'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -f -a "list" -d 'Corrective notices, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -f -a "show" -d 'One notice, with its duties'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -f -a "follow-up" -d 'Record the follow-up: done (--done), or not yet with a new due date (--next-due)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -f -a "close" -d 'Close a notice (supervisor): once followed up, or with the reason'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and not __fish_seen_subcommand_from new list show follow-up close help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l dept -d 'The department\'s code (opsdesk dept list)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l findings -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l measures -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l responsible -d 'The person in the department who answers for the measures' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l due -d 'When the measures must be done (TIME, e.g. 2026-12-15 18:00)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l expected-effect -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses, comma-separated: issued, followed_up, closed' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -l before -d 'Only notices with an id below this one (the next page)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l text -d 'What the follow-up found' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l next-due -d 'Not done yet: follow up again by then (TIME)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l done -d 'The measures are done'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from follow-up" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from close" -l note -d 'Why (required unless it was followed up as done)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from close" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from close" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from close" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from close" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from close" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from close" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from close" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from help" -f -a "new" -d 'Issue a corrective notice (supervisor); it goes to the department through the outbox'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from help" -f -a "list" -d 'Corrective notices, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from help" -f -a "show" -d 'One notice, with its duties'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from help" -f -a "follow-up" -d 'Record the follow-up: done (--done), or not yet with a new due date (--next-due)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from help" -f -a "close" -d 'Close a notice (supervisor): once followed up, or with the reason'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand corrective; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -f -a "draw" -d 'Draw a random sample of the month\'s closed records (supervisor); the same seed draws the same sample'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -f -a "finding" -d 'Record the finding on one sampled record (a reviewer who did not handle it)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -f -a "show" -d 'One sample, each item with its finding'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -f -a "list" -d 'Samples, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and not __fish_seen_subcommand_from draw finding show list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l month -d 'The month the records were closed in: YYYY-MM' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l size -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l kind -d 'Only these kinds, comma-separated: incident, request (default both)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l seed -d 'The seed (default: from the clock, recorded with the sample)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from draw" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l text -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l corrective -d 'Q6: the problem raises a corrective notice to this department (with --measures, --responsible, --due, --expected-effect)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l measures -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l responsible -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l due -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l expected-effect -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l ok
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l problem
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from finding" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from list" -l before -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from help" -f -a "draw" -d 'Draw a random sample of the month\'s closed records (supervisor); the same seed draws the same sample'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from help" -f -a "finding" -d 'Record the finding on one sampled record (a reviewer who did not handle it)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from help" -f -a "show" -d 'One sample, each item with its finding'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from help" -f -a "list" -d 'Samples, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand sample; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and not __fish_seen_subcommand_from list record help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and not __fish_seen_subcommand_from list record help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and not __fish_seen_subcommand_from list record help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and not __fish_seen_subcommand_from list record help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and not __fish_seen_subcommand_from list record help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and not __fish_seen_subcommand_from list record help" -f -a "list" -d 'Callbacks owed and made, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and not __fish_seen_subcommand_from list record help" -f -a "record" -d 'Record a call: --reached with --satisfaction, or --not-reached'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and not __fish_seen_subcommand_from list record help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses, comma-separated: due, reached' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -l before -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l satisfaction -d '1-5; below [incident] satisfied_at_least reopens the incident (I12)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l remarks -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l reached
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l not-reached
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from record" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "list" -d 'Callbacks owed and made, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "record" -d 'Record a call: --reached with --satisfaction, or --not-reached'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand callback; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "new" -d 'Write a draft: a manual, FAQ or case analysis'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "from-incident" -d 'Draft a case analysis from a resolved incident: its description, cause and handling (I10)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "list" -d 'Articles, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "show" -d 'One article, its body as Markdown'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "review" -d 'Review it (someone other than its author, K1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "publish" -d 'Publish a reviewed article'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "update" -d 'New words; a published article is reviewed again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "retire" -d 'Withdraw it from use (kept, and still found by search)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and not __fish_seen_subcommand_from new from-incident list show review publish update retire help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l kind -d 'manual, faq or case' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l title -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l body -d 'The body, Markdown; `-` reads it from standard input' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l services -d 'Services it is about, comma-separated' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l categories -d 'Categories it is about, comma-separated (os, network, application, database, other)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l incidents -d 'Incidents it came from, comma-separated' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from new" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from from-incident" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from from-incident" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from from-incident" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from from-incident" -l dry-run -d 'Print the draft without writing it'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from from-incident" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from from-incident" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from from-incident" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -l status -d 'Only these statuses, comma-separated: draft, reviewed, published, updated, retired' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -l before -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from review" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from review" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from review" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from review" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from review" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from review" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from publish" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from publish" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from publish" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from publish" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from publish" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from publish" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from publish" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l title -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l body -d 'The new body, Markdown; `-` reads it from standard input' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l services -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l categories -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from retire" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from retire" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from retire" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from retire" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from retire" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from retire" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "new" -d 'Write a draft: a manual, FAQ or case analysis'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "from-incident" -d 'Draft a case analysis from a resolved incident: its description, cause and handling (I10)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "list" -d 'Articles, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "show" -d 'One article, its body as Markdown'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "review" -d 'Review it (someone other than its author, K1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "publish" -d 'Publish a reviewed article'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "update" -d 'New words; a published article is reviewed again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "retire" -d 'Withdraw it from use (kept, and still found by search)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand article; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and not __fish_seen_subcommand_from move leave help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and not __fish_seen_subcommand_from move leave help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and not __fish_seen_subcommand_from move leave help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and not __fish_seen_subcommand_from move leave help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and not __fish_seen_subcommand_from move leave help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and not __fish_seen_subcommand_from move leave help" -f -a "move" -d 'The person changed role (the HR record of the move): each account opsdesk granted them is to be removed within a working day (R3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and not __fish_seen_subcommand_from move leave help" -f -a "leave" -d 'The person left (the departure approval\'s number): likewise'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and not __fish_seen_subcommand_from move leave help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -l hr-record -d 'The HR record\'s number (人员岗位变动记录 / 离职审批单)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -l at -d 'When the HR record reached IT [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from move" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -l hr-record -d 'The HR record\'s number (人员岗位变动记录 / 离职审批单)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -l at -d 'When the HR record reached IT [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -l note -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "move" -d 'The person changed role (the HR record of the move): each account opsdesk granted them is to be removed within a working day (R3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "leave" -d 'The person left (the departure approval\'s number): likewise'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand person; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l person -d 'Only this person\'s accounts (their login)' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l before -d 'The next page: accounts with ids below this one' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l to-remove -d 'Only those to remove: asked for by an HR record and not removed yet'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l all -d 'Removed ones too'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -f -a "remove" -d 'The account was removed: its removal duty is done (R3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and not __fish_seen_subcommand_from remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l how -d 'How: the ticket, the system\'s confirmation' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l at -d 'When [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l if-version -d 'Refuse (exit 4) unless the account is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "remove" -d 'The account was removed: its removal duty is done (R3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand accounts; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand calendar" -l month -d 'YYYY-MM [default: this month]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand calendar" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand calendar" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand calendar" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand calendar" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand calendar" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand calendar" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and not __fish_seen_subcommand_from list done help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and not __fish_seen_subcommand_from list done help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and not __fish_seen_subcommand_from list done help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and not __fish_seen_subcommand_from list done help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and not __fish_seen_subcommand_from list done help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and not __fish_seen_subcommand_from list done help" -f -a "list" -d 'Every duty not yet done, earliest due first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and not __fish_seen_subcommand_from list done help" -f -a "done" -d 'Record that a duty was done: who (you), when, how'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and not __fish_seen_subcommand_from list done help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from done" -l how -d 'How: "told manager Wang by phone"' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from done" -l at -d 'When [default: now]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from done" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from done" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from done" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from done" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from done" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from done" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from help" -f -a "list" -d 'Every duty not yet done, earliest due first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from help" -f -a "done" -d 'Record that a duty was done: who (you), when, how'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand duty; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand tick" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand tick" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand tick" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand tick" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand tick" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand tick" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand engine" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand engine" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand engine" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand engine" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand engine" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -f -a "list" -d 'Messages, newest first: all, or by state (draft, queued, sending, sent, failed, uncertain, cancelled)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -f -a "show" -d 'One message in full: recipients, text, every try and the duty it serves'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -f -a "approve" -d 'Approve a message awaiting review: it goes on the next pass'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -f -a "edit" -d 'Rewrite a message before it goes (a draft, or one to send again)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -f -a "send" -d 'Approve (a draft) or queue again (a failed one, or one that may have been sent), then send what is due now'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -f -a "retry" -d 'Queue a failed message, or one that may have been sent, again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and not __fish_seen_subcommand_from list show approve edit send retry help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -l state -d 'One state or several, comma-separated; "all" for every message' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -l before -d 'Keyed paging: messages with ids below this one' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -l limit -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from show" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from approve" -l if-version -d 'Refuse (exit 4) unless the message is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from approve" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from approve" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from approve" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from approve" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from approve" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from approve" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l subject -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l body -d 'The new text; "-" reads it from standard input' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l if-version -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from send" -l if-version -d 'Refuse (exit 4) unless the message is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from send" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from send" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from send" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from send" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from send" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l if-version -d 'Refuse (exit 4) unless the message is still at this version' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from retry" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from retry" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'Messages, newest first: all, or by state (draft, queued, sending, sent, failed, uncertain, cancelled)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "show" -d 'One message in full: recipients, text, every try and the duty it serves'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "approve" -d 'Approve a message awaiting review: it goes on the next pass'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "edit" -d 'Rewrite a message before it goes (a draft, or one to send again)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "send" -d 'Approve (a draft) or queue again (a failed one, or one that may have been sent), then send what is due now'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "retry" -d 'Queue a failed message, or one that may have been sent, again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand send" -l limit -d 'Send at most this many messages in this pass' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand send" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand send" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand send" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand send" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand send" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand send" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -f -a "daily" -d 'The day\'s work report (Q1): incidents opened, restored, resolved and still open, escalations, duties missed, changes done, requests due and late, open issues'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -f -a "weekly" -d 'The week\'s work report (Q1), Monday to Sunday, with the same figures'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -f -a "kpi" -d 'The half-year KPI review (Q3): response speed, coverage, resolution rate, satisfaction and error rate beside their targets in [quality] of the config, met or not (Q4)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -f -a "month" -d 'The month\'s evaluation of every department served and every IT team (Q2): availability, data accuracy, timeliness and satisfaction, weighted as [quality.month] says, ranked'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and not __fish_seen_subcommand_from daily weekly kpi month help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -l date -d 'A day of the period, YYYY-MM-DD [default: today]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -l text -d 'The supervisor\'s words: progress, open issues, measures taken' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -l json -d 'The figures as JSON rather than the written report'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -l send -d 'Send it through the outbox to the IT department\'s manager and leaders, its supervisors copied (supervisor or above): the figures as they stand now, kept with the record'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from daily" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -l date -d 'A day of the period, YYYY-MM-DD [default: today]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -l text -d 'The supervisor\'s words: progress, open issues, measures taken' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -l json -d 'The figures as JSON rather than the written report'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -l send -d 'Send it through the outbox to the IT department\'s manager and leaders, its supervisors copied (supervisor or above): the figures as they stand now, kept with the record'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from weekly" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from kpi" -l half -d 'The half-year, such as 2026H2 [default: the last one ended]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from kpi" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from kpi" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from kpi" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from kpi" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from kpi" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from kpi" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from month" -l month -d 'The month, YYYY-MM' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from month" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from month" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from month" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from month" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from month" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from month" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "daily" -d 'The day\'s work report (Q1): incidents opened, restored, resolved and still open, escalations, duties missed, changes done, requests due and late, open issues'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "weekly" -d 'The week\'s work report (Q1), Monday to Sunday, with the same figures'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "kpi" -d 'The half-year KPI review (Q3): response speed, coverage, resolution rate, satisfaction and error rate beside their targets in [quality] of the config, met or not (Q4)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "month" -d 'The month\'s evaluation of every department served and every IT team (Q2): availability, data accuracy, timeliness and satisfaction, weighted as [quality.month] says, ranked'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand report; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outage" -l month -d 'YYYY-MM [default: this month]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outage" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outage" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outage" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outage" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outage" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand outage" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand history" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand history" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand history" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand history" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand history" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand history" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l kind -d 'Only these kinds, comma-separated: incident, change, run, request, message, problem, article' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l since -d 'Only records changed at or after TIME' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l limit -d 'At most this many hits' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l open -d 'Only records still open'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l closed -d 'Only records done with (closed incidents, published runs, sent messages, retired articles)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand search" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand backup" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand backup" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand backup" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand backup" -l force -d 'Replace FILE if it exists (never the database\'s own files, nor a database in use)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand backup" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand backup" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand restore" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand restore" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand restore" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand restore" -l force -d 'Restore even while other processes have the database open, or when you are not an admin of the restored desk'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand restore" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand restore" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand migrate" -l to -d 'The empty PostgreSQL database to copy the desk into: postgresql://USER@HOST/DATABASE, or postgresql://USER@/DATABASE?host=/socket/dir' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand migrate" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand migrate" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand migrate" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand migrate" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand migrate" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand check" -l head -d 'A history head kept from before, ID:HASH as check prints it (or HASH alone): also verify that the history still leads to it, however the hashes after it were recomputed' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand check" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand check" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand check" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand check" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand check" -l print-head -d 'Only print the history\'s head as stored and the time, verifying nothing (one read): the line to keep elsewhere, as the engine logs it once an hour'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand check" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand check" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -l idle-seconds -d 'How long the idle console is measured' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -l scale -d 'Measure demo desks of these sizes instead (written beside --db as scale-N.db unless there already) and print every figure for each size in one table. Not on a server' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -l json
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -l cold -d 'Also measure `opsdesk check`, the first frame and the live filter with the desk\'s pages dropped from the page cache first (posix_fadvise; no root needed), beside the warm figures'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand bench" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and not __fish_seen_subcommand_from check show help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and not __fish_seen_subcommand_from check show help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and not __fish_seen_subcommand_from check show help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and not __fish_seen_subcommand_from check show help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and not __fish_seen_subcommand_from check show help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and not __fish_seen_subcommand_from check show help" -f -a "check" -d 'Check the config files and the desk\'s templates; exit 1 naming file, line and key when something is wrong'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and not __fish_seen_subcommand_from check show help" -f -a "show" -d 'Print the effective configuration, each key with the file and line that set it (built-in defaults < /etc/opsdesk/config.toml < your own, or the file --config names)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and not __fish_seen_subcommand_from check show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from check" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from check" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from check" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from check" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from show" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from show" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from show" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from show" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the config files and the desk\'s templates; exit 1 naming file, line and key when something is wrong'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the effective configuration, each key with the file and line that set it (built-in defaults < /etc/opsdesk/config.toml < your own, or the file --config names)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and not __fish_seen_subcommand_from test help" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and not __fish_seen_subcommand_from test help" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and not __fish_seen_subcommand_from test help" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and not __fish_seen_subcommand_from test help" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and not __fish_seen_subcommand_from test help" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and not __fish_seen_subcommand_from test help" -f -a "test" -d 'Send one test message through the configured channel and print the server\'s answer'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and not __fish_seen_subcommand_from test help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from test" -l to -d 'An e-mail address (the e-mail channel), or a phone number with --sms' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from test" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from test" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from test" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from test" -l sms -d 'Send an SMS through the SMS channel instead of an e-mail'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from test" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from test" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "test" -d 'Send one test message through the configured channel and print the server\'s answer'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand notify; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand completions" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand completions" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand completions" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand completions" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand completions" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand manpages" -l db -d 'Database file, or a postgresql:// URL (every command but restore runs on a server desk) [default: [desk] database of the config, else <data dir>/opsdesk.db]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand manpages" -l config -d 'Config file, read alone over the built-in defaults [default: /etc/opsdesk/config.toml with <config dir>/config.toml laid over it]' -r -F
complete -c opsdesk -n "__fish_opsdesk_using_subcommand manpages" -l lang -d 'Console language: en or zh-CN [default: config, then LANG]' -r
complete -c opsdesk -n "__fish_opsdesk_using_subcommand manpages" -l read-only -d 'Browse without changing anything: every command that would change the desk is refused (exit 5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand manpages" -s h -l help -d 'Print help'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "init" -d 'Create a new, empty desk database and make yourself its admin'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "demo" -d 'Write a ready demo database (departments, people, a month of incidents in every state and the year before it)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "user" -d 'Users: add, list, set-role (admin only for changes)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "dept" -d 'Departments: add, list (admin only for changes)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "service" -d 'Services incidents are recorded against: add, edit, list, retire (admin only for changes)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "incident" -d 'Record and drive incidents; the ledger'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "ledger" -d 'The tracking ledger (I13): every incident out to Excel or CSV, a ledger kept elsewhere in'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "change" -d 'System changes: plan, gates, notices and their deadlines (C1-C10)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "billing" -d 'Billing and settlement runs: checklists with a second checker, sign-off (B1-B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "request" -d 'Service requests: requirements, products, accounts, data extraction and processing, each with its working-day clock (R1-R5, R7); the archive and its export (R8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "support" -d 'The business support centre\'s contact forms: reply clock, ledger, urgent forms, proposal rounds (R9, R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "training" -d 'Training hours: own, sessions for other departments, the month\'s report against the target (R6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "plan" -d 'Emergency plans (应急预案): services, leadership group, steps; approved, revised, retired (E1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "drill" -d 'Drills of the emergency plans: scheduled, held, evaluated (E1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "response" -d 'The emergency responses major incidents start: progress reports, stand-down, review (E2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "problem" -d 'Problems: causes that need a system change, their incidents and their fix (P1, I9)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "corrective" -d 'Corrective notices to departments below standard, followed up until done (Q6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "sample" -d 'Quality sampling of closed records, each with a reviewer\'s finding (Q5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "callback" -d 'Callbacks to reporters after verification or delivery (Q7, I12)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "article" -d 'The knowledge base: manuals, FAQ and case analyses, reviewed by a second person (K1, I10)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "person" -d 'A person moved or left (the HR record): their accounts are to be removed (R3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "accounts" -d 'The accounts opsdesk granted, and those to remove (R3); `accounts remove ID`'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "calendar" -d 'A month of the working calendar: days off and make-up working days (W1, W2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "duty" -d 'Duties: what must be told to whom by when'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "tick" -d 'Run the escalation engine once over every open incident, then the outbox (safe from cron, and in parallel)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "engine" -d 'Keep the clock running with no console open: the escalation engine every second and the outbox every send_every_seconds, one line on stderr per thing done, until SIGTERM or SIGINT (the opsdesk-engine service runs it; any number may run beside consoles and tick)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "outbox" -d 'Messages: review, approve, edit, resend (I6-I8, C5-C9, B5, B6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "send" -d 'One pass of the outbox: write the messages new duties need and send what is due'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "report" -d 'Quality reports: daily and weekly work reports (Q1), the half-year KPIs against their targets (Q3, Q4), the month\'s ranking of departments (Q2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "outage" -d 'Outage budget per service for a month (I11)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "history" -d 'The audit trail of a record: KIND is incident, change, run, duty, user, dept, request, account, person_change, export, support, training, plan, drill, response, problem, article or service'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "search" -d 'One search over every record, open or closed: incidents, changes, runs, requests, messages, problems, articles'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "backup" -d 'Copy the whole database to a new file, consistent while others work'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "restore" -d 'Replace the database with a backup (admin; refused while it is in use unless --force)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "migrate" -d 'Copy this desk, history and all, into an empty PostgreSQL database and compare the two row by row (admin); a desk on PostgreSQL is copied back to a file by `backup`'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "check" -d 'Check the database: integrity, references, and that every record\'s history replays to it'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "bench" -d 'Time the console\'s real code paths on this database, each figure beside its goal'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "config" -d 'Check or show the effective configuration'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "notify" -d 'Try the channels: send one test message and print the server\'s answer'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "completions" -d 'Print the completion script of a shell (bash, zsh, fish, elvish, powershell)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "manpages" -d 'Write the man pages, one per command and subcommand, to a directory (for packaging)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and not __fish_seen_subcommand_from init demo user dept service incident ledger change billing request support training plan drill response problem corrective sample callback article person accounts calendar duty tick engine outbox send report outage history search backup restore migrate check bench config notify completions manpages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Map an operating-system login to a person (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'Everyone in the directory'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "edit" -d 'Correct someone\'s name, department, phone or e-mail (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "set-role" -d 'Change someone\'s role (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from dept" -f -a "add" -d 'Add a department (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from dept" -f -a "edit" -d 'Correct a department\'s name, people, contacts or flags (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from dept" -f -a "list" -d 'The directory of departments and their contacts'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "add" -d 'Add a service incidents are recorded against (admin)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "edit" -d 'Correct a service\'s names, aliases or order (admin); its code stays'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "list" -d 'The services directory: what a service field takes'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "merge" -d 'Make two services one (admin): every record naming FROM names INTO, each change in its history; FROM is retired and its words become INTO\'s aliases, so typing it names INTO'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from service" -f -a "retire" -d 'No longer offer a service nor take it for new records (admin); records keep it'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "new" -d 'Record a new incident (I3); prints its id'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "list" -d 'The ledger (I13), newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "show" -d 'One incident with its duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "accept" -d 'Take ownership (I4); a supervisor may assign with --to'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "contact" -d 'Record reaching the reporting site (I4); starts diagnosis'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "restore" -d 'Service restored by a temporary fix (I5); stops the ladder'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "resolve" -d 'Cause removed (I5)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "verify" -d 'Confirmed with the reporter, with satisfaction 1-5 (I12); below the threshold reopens'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "close" -d 'Close a verified incident'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "reopen" -d 'Handle it again (I12): the ladder restarts'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "affects" -d 'Name the departments the fault affects (I8): they are told when the service is back'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "note" -d 'Add a handling note to the timeline (I10)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from incident" -f -a "declare-major" -d 'Declare it a major incident (I14; supervisor and above): the response on the plan starts (E2): the leadership group told at once, progress reports every interval'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "export" -d 'Every incident received in a range with its description, handling, result, satisfaction, times and durations, as an Excel workbook or CSV (I13); with --kind, the range\'s requests, changes and runs too, a sheet each; no contact details (A2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from ledger" -f -a "import" -d 'Read a ledger kept in Excel or CSV into the desk as incidents, columns mapped by a TOML file; nothing is imported unless every row is good (supervisor or above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "new" -d 'Record a change (a draft) in a month\'s plan (C1), or unplanned from a requirement (C2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "list" -d 'Open changes (or all with --all), newest first, with the next deadline'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "show" -d 'One change: its fields, gates, notice duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "plan" -d 'Put a change in its month\'s plan with its window (C1); without ID, print a month\'s plan'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "confirm-test" -d 'Record the test-environment confirmation: who confirmed it and when (C3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "schedule" -d 'Pass the gates (C3-C6) and start the notice deadlines; a manager may override'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "notify" -d 'Mark a notice sent: c5, c5-front, c6 or c7 (C7 by phone when late: the notice follows)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "start" -d 'The change goes into production (after its C7 notice, inside its window); a manager may override the window'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "finish" -d 'The change ended: succeeded, failed or rolled-back'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "result" -d 'The result notice went out (C8), with what it said'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "summary" -d 'Fully confirmed, and the summary report sent (C9; complex changes)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "close" -d 'Close a change whose result (and summary) is out'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from change" -f -a "notice" -d 'Print a change\'s C7, C8 or C9 notice, rendered from its template'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "new" -d 'A new run for a month, with its checklist and its deadline (B1, B2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "list" -d 'Runs, the ones still ahead of their deadline first, with progress'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "show" -d 'One run: its checklist (every attempt), anomalies, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "check" -d 'Record an item performed, with its result and figures (B4)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "review" -d 'Review an item someone else performed (B3): ok or rejected'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "anomaly" -d 'Log an anomaly and its likely effect; the supervisor and manager are owed a report (B6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "submit" -d 'Every item reviewed: ask the supervisor to confirm (B7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "confirm" -d 'Supervisor: confirm the run; its results are published (B7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "dispute" -d 'Supervisor: question the result; the checklist is checked again (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "rollback" -d 'Roll a disputed run back, with the reason (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "retry" -d 'Run again after a rollback: a new attempt with a fresh checklist (B8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from billing" -f -a "report" -d 'The check report (B4) or the deadline report (B5), as Markdown or plain text'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "new" -d 'Record a form as it reached IT (R1-R5); prints its id. Its clock starts when no approval is missing (R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "list" -d 'The archive, newest first: by number, department, requester, text (R8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "show" -d 'One request with its clock, pauses, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "accept" -d 'Take it; a supervisor may assign it with --to'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "approve" -d 'Record an approval that reached IT: the last one missing starts the clock (R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "decide" -d 'R4: the IT manager decides whether the president must approve'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "escalate" -d 'R3: the permission is beyond the business department\'s authority: the leader in charge approves too, and the clock stands still until then'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "pause" -d 'R7: waiting for the requester\'s material: the clock stands still'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "resume" -d 'R7: the material came: the clock runs again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "evaluate" -d 'R1\'s first evaluation (or --new-project), R5\'s first opinion: meets the limit'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "deliver" -d 'Delivered (R4: encrypted, classified, with the file\'s SHA-256; R5 urgent: the reply)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "confirm" -d 'R1: the requester\'s feedback form (需求实现反馈表)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "close" -d 'Into the archive; an unfinished one needs --reason and a supervisor'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "export" -d 'Export the archive as CSV (UTF-8 with BOM); the export is recorded (R8, A2)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from request" -f -a "exports" -d 'The exports made: who, when, which range (R8)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "new" -d 'Record an approved contact form (支撑中心联系单) as it reached the centre; prints its id. Its reply is due within an hour of working time (R9, R7)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "list" -d 'The archive, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "show" -d 'One form with its reply clock, place in the ledger, rounds, duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "reply" -d 'R9: the reply to the initiator, in a form that can be traced (channel and text)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "accept" -d 'Into the ledger, with the work plan made from the approved form'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "urgent" -d 'R9: an urgent form (加急联系单): its reason and the general manager\'s approval move the project ahead in the ledger'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "proposal" -d 'R9: send the proposal for the leaders\' review (a new round); a returned one is revised by its first author'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "review" -d 'R9: the leaders\' verdict on the proposal: passed, or returned with comments'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "reassign" -d 'R9: give the proposal to another author (supervisor and above), with the reason'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "number" -d 'The project number, once the project is set up'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "close" -d 'Into the archive; one whose proposal has not passed needs --reason and a supervisor'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from support" -f -a "ledger" -d 'R9: the ledger\'s queue in the order the centre works on it, urgent forms marked with whom they overtook'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from training" -f -a "add" -d 'Record training hours: your own (or, a supervisor, someone else\'s), or with --session one held for another department (its hours count for the trainer too)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from training" -f -a "list" -d 'The records, newest day first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from training" -f -a "report" -d 'The month\'s hours of every operations staff member against the target; those under it marked (R6)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "new" -d 'Write a new emergency plan (a draft; supervisor and above): services and scenarios it covers, its leadership group, its steps (E1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "list" -d 'The plans, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "show" -d 'One plan with its group, steps, drills and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "approve" -d 'Approve a draft or a revision (manager and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "revise" -d 'Change a plan: an approved one becomes its next revision, awaiting approval'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from plan" -f -a "retire" -d 'No longer in force (manager and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from drill" -f -a "schedule" -d 'Schedule a drill of a plan in force: a duty counts down to it (supervisor and above)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from drill" -f -a "hold" -d 'Record that it was held: who took part, what was simulated, the timings'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from drill" -f -a "evaluate" -d 'The evaluation report: what worked, what did not, the measures; sent to the plan\'s leadership group through the outbox'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from drill" -f -a "list" -d 'The drills, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from drill" -f -a "show" -d 'One drill with its duties and history'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from response" -f -a "list" -d 'The responses, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from response" -f -a "show" -d 'One response: its incident, the next report\'s countdown, duties, messages and timeline'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from response" -f -a "report" -d 'The operator\'s words for the next progress report (anyone on the desk)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from response" -f -a "stand-down" -d 'Stand the response down (supervisor and above): the reports stop, the all-clear goes, the review is owed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from response" -f -a "review" -d 'Record the review (supervisor and above: --causes, --measure with --owner), then print the review document; without --causes, print it as it stands'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from response" -f -a "problem" -d 'Make measure N of the review a problem (supervisor and above; P1): it opens with the measure as its title and the review\'s causes, the incident linked'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from response" -f -a "corrective" -d 'Make measure N of the review a corrective notice to a department (supervisor and above; Q6): the measure and its owner, the review\'s causes as the findings; sent as any notice'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from problem" -f -a "new" -d 'Open a problem: a cause that needs a system change to remove (P1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from problem" -f -a "list" -d 'Problems, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from problem" -f -a "show" -d 'One problem: its cause, workaround, incidents and change'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from problem" -f -a "link" -d 'Link an incident the problem caused (shown on both)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from problem" -f -a "plan" -d 'Plan the fix as a change; the change\'s close marks the problem fixed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from problem" -f -a "edit" -d 'Better words for the title, root cause or workaround'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from problem" -f -a "close" -d 'Close a problem (supervisor): fixed, or with the reason it is closed unfixed'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from corrective" -f -a "new" -d 'Issue a corrective notice (supervisor); it goes to the department through the outbox'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from corrective" -f -a "list" -d 'Corrective notices, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from corrective" -f -a "show" -d 'One notice, with its duties'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from corrective" -f -a "follow-up" -d 'Record the follow-up: done (--done), or not yet with a new due date (--next-due)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from corrective" -f -a "close" -d 'Close a notice (supervisor): once followed up, or with the reason'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from sample" -f -a "draw" -d 'Draw a random sample of the month\'s closed records (supervisor); the same seed draws the same sample'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from sample" -f -a "finding" -d 'Record the finding on one sampled record (a reviewer who did not handle it)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from sample" -f -a "show" -d 'One sample, each item with its finding'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from sample" -f -a "list" -d 'Samples, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "list" -d 'Callbacks owed and made, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from callback" -f -a "record" -d 'Record a call: --reached with --satisfaction, or --not-reached'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from article" -f -a "new" -d 'Write a draft: a manual, FAQ or case analysis'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from article" -f -a "from-incident" -d 'Draft a case analysis from a resolved incident: its description, cause and handling (I10)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from article" -f -a "list" -d 'Articles, newest first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from article" -f -a "show" -d 'One article, its body as Markdown'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from article" -f -a "review" -d 'Review it (someone other than its author, K1)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from article" -f -a "publish" -d 'Publish a reviewed article'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from article" -f -a "update" -d 'New words; a published article is reviewed again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from article" -f -a "retire" -d 'Withdraw it from use (kept, and still found by search)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "move" -d 'The person changed role (the HR record of the move): each account opsdesk granted them is to be removed within a working day (R3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from person" -f -a "leave" -d 'The person left (the departure approval\'s number): likewise'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from accounts" -f -a "remove" -d 'The account was removed: its removal duty is done (R3)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from duty" -f -a "list" -d 'Every duty not yet done, earliest due first'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from duty" -f -a "done" -d 'Record that a duty was done: who (you), when, how'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'Messages, newest first: all, or by state (draft, queued, sending, sent, failed, uncertain, cancelled)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "show" -d 'One message in full: recipients, text, every try and the duty it serves'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "approve" -d 'Approve a message awaiting review: it goes on the next pass'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "edit" -d 'Rewrite a message before it goes (a draft, or one to send again)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "send" -d 'Approve (a draft) or queue again (a failed one, or one that may have been sent), then send what is due now'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "retry" -d 'Queue a failed message, or one that may have been sent, again'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "daily" -d 'The day\'s work report (Q1): incidents opened, restored, resolved and still open, escalations, duties missed, changes done, requests due and late, open issues'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "weekly" -d 'The week\'s work report (Q1), Monday to Sunday, with the same figures'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "kpi" -d 'The half-year KPI review (Q3): response speed, coverage, resolution rate, satisfaction and error rate beside their targets in [quality] of the config, met or not (Q4)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from report" -f -a "month" -d 'The month\'s evaluation of every department served and every IT team (Q2): availability, data accuracy, timeliness and satisfaction, weighted as [quality.month] says, ranked'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Check the config files and the desk\'s templates; exit 1 naming file, line and key when something is wrong'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the effective configuration, each key with the file and line that set it (built-in defaults < /etc/opsdesk/config.toml < your own, or the file --config names)'
complete -c opsdesk -n "__fish_opsdesk_using_subcommand help; and __fish_seen_subcommand_from notify" -f -a "test" -d 'Send one test message through the configured channel and print the server\'s answer'
