# Profile names for -p: those of the config the command line uses (corpmsg __complete-profiles).
function __fish_corpmsg_profiles
    corpmsg __complete-profiles -- (commandline -opc) </dev/null 2>/dev/null
end

function __fish_corpmsg_profile_value_wanted
    set -l cmd (commandline -opc)
    contains -- $cmd[-1] -p --profile
end

complete -c corpmsg -n "__fish_corpmsg_profile_value_wanted" -f -a "(__fish_corpmsg_profiles)"

# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_corpmsg_global_optspecs
    string join \n c/config= p/profile= n/dry-run json q/quiet v/verbose timeout= retries= proxy= ca-cert= insecure outbox h/help V/version
end

function __fish_corpmsg_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_corpmsg_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_corpmsg_using_subcommand
    set -l cmd (__fish_corpmsg_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c corpmsg -n "__fish_corpmsg_needs_command" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "youdu" -d 'Send Youdu (有度) messages'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "fxiaoke" -d 'Send Fxiaoke (纷享销客) messages'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "wecom" -d 'Send WeCom (企业微信) messages, from an app or a group robot'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "outbox" -d 'List, send or drop the messages kept in the outbox'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "send" -d 'Send a text to each profile given by -p (any provider): fan-out'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "run" -d 'Run a command, pass its output and exit status through, notify when it fails'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "sandbox" -d 'Serve every provider\'s API on this machine, with a web inbox: try corpmsg, test in CI'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "config" -d 'Write, check, show or locate the config file'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "man" -d 'Print the man page (roff); --dir writes one page per command'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "text" -d 'Send a text message (600 characters)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "image" -d 'Send an image (a local FILE is uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "file" -d 'Send a file (a local FILE is uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "mpnews" -d 'Send 1 to 5 image-text articles (mpnews)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "link" -d 'Send a link that opens a URL (with --sso, the client appends the user\'s credentials)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "exlink" -d 'Send 1 to 5 external links (exlink)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "sysmsg" -d 'Send a system message (needs the sysMsgAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "sms" -d 'Send an SMS notice (needs the sysSmsAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "mail" -d 'Send a mail notice (needs the sysExmailAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "popup" -d 'Open a desktop pop-up window on the recipients\' Youdu clients'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "badge" -d 'Set the app\'s badge (to-do count) for each account; --count 0 clears it'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "session" -d 'Post into a group chat session or a one-to-one chat, or create a session'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "upload" -d 'Upload a file and print its media id'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text image file mpnews link exlink sysmsg sms mail popup badge session upload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l content-file -d 'Read the message text from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l on-long -d 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile\'s text_limit, WeCom 2048 bytes)' -r -f -a "truncate\t'Cut at the limit and warn how much was cut'
split\t'Send consecutive messages numbered `(1/3)`, split at line breaks where possible'
fail\t'Refuse with exit code 2'"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l media-id -d 'Send media uploaded before instead of a file' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l media-id -d 'Send media uploaded before instead of a file' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from file" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l title -d 'Article title (64 characters; longer is cut)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l content -d 'Article body (600 characters; longer is cut)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l content-file -d 'Read the article body from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l digest -d 'Summary shown in the list (120 characters; longer is cut)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l cover -d 'Cover image to upload' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l cover-media-id -d 'Cover image uploaded before' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l articles -d 'Read 1 to 5 articles from FILE (JSON or TOML) instead of the flags above' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l show-front -d 'Show the cover at the top of the article body'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mpnews" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l title -d 'Link title (at most 64 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l url -d 'The URL to open' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l sso -d 'Append the user\'s name and token to the URL for single sign-on (action 1)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from link" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l title -d 'Link title (at most 64 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l url -d 'The URL to open' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l digest -d 'Summary (120 characters; longer is cut)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l cover -d 'Cover image to upload' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l cover-media-id -d 'Cover image uploaded before' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l items -d 'Read 1 to 5 items from FILE (JSON or TOML) instead of the flags above' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from exlink" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l title -d 'Title (at most 64 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l text -d 'A text item; repeatable, kept in order with --link' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l link -d 'A link item as TITLE=URL; repeatable, kept in order with --text' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l pop-duration -d 'Seconds the pop-up stays; 0 or less keeps it until closed' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l to-all -d 'Send to every member (recipients become optional)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l only-online -d 'With --to-all: only members online now (offline members never get it)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sysmsg" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l from -d 'The phone number the SMS came from' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l content-file -d 'Read the message text from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l on-long -d 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile\'s text_limit, WeCom 2048 bytes)' -r -f -a "truncate\t'Cut at the limit and warn how much was cut'
split\t'Send consecutive messages numbered `(1/3)`, split at line breaks where possible'
fail\t'Refuse with exit code 2'"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from sms" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l action -d 'new: a new mail; unread: the unread count' -r -f -a "new\t''
unread\t''"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l subject -d 'Subject (new)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l from-user -d 'Sender\'s account (new)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l from-email -d 'Sender\'s address (new)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l time -d 'When the mail was sent, in Unix seconds [default: when the server receives it]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l link -d 'Link that opens the mail (new)' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l unread-count -d 'Number of unread mails (unread)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l to-email -d 'E-mail addresses, separated by `|` or `,`; repeatable' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 1000 recipients'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from mail" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l url -d 'Web page the window opens' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l tip -d 'Text the window shows (when there is no --url)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l title -d 'Window title' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l width -d 'Window width in pixels' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l height -d 'Window height in pixels' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l duration -d 'Seconds the window stays, or `forever` until it is closed [default: the server\'s 5]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l position -d 'Where on the screen the window opens [default: center]' -r -f -a "center\t''
top-left\t''
top-right\t''
bottom-right\t''
bottom-left\t''"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l open -d 'Open the URL in a browser or in a window [default: the app\'s setting]' -r -f -a "browser\t''
window\t''"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l notice-id -d 'Pop-ups with the same id share one window; a later one replaces an earlier one' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from popup" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable; one request each' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l count -d 'The badge count: an integer, 0 or more (0 clears the badge)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l tip -d 'The notice shown with the badge' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from badge" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -f -a "create" -d 'Create a group session and print its id'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -f -a "text" -d 'Post a text into a session or a one-to-one chat'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -f -a "image" -d 'Post an image into a session or a one-to-one chat (FILE is uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -f -a "file" -d 'Post a file into a session or a one-to-one chat (FILE is uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -f -a "voice" -d 'Post a voice message (FILE is uploaded first, as voice)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -f -a "video" -d 'Post a video (FILE is uploaded first, as video)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from session" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -l type -d 'Media type [default: guessed from the extension]' -r -f -a "image\t''
file\t''
voice\t''
video\t''"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "text" -d 'Send a text message (600 characters)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "image" -d 'Send an image (a local FILE is uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "file" -d 'Send a file (a local FILE is uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "mpnews" -d 'Send 1 to 5 image-text articles (mpnews)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "link" -d 'Send a link that opens a URL (with --sso, the client appends the user\'s credentials)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "exlink" -d 'Send 1 to 5 external links (exlink)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "sysmsg" -d 'Send a system message (needs the sysMsgAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "sms" -d 'Send an SMS notice (needs the sysSmsAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "mail" -d 'Send a mail notice (needs the sysExmailAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "popup" -d 'Open a desktop pop-up window on the recipients\' Youdu clients'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "badge" -d 'Set the app\'s badge (to-do count) for each account; --count 0 clears it'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "session" -d 'Post into a group chat session or a one-to-one chat, or create a session'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a file and print its media id'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -f -a "text" -d 'Send a text message'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -f -a "composite" -d 'Send a composite card: title, first line, labelled rows, remark and a link'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -f -a "articles" -d 'Send 1 to 7 image-text articles (also the way to send a picture)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -f -a "image" -d 'Send 1 to 7 image-text articles (also the way to send a picture)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -f -a "upload" -d 'Upload an image and print its media id'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and not __fish_seen_subcommand_from text composite articles image upload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l content-file -d 'Read the message text from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l on-long -d 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile\'s text_limit, WeCom 2048 bytes)' -r -f -a "truncate\t'Cut at the limit and warn how much was cut'
split\t'Send consecutive messages numbered `(1/3)`, split at line breaks where possible'
fail\t'Refuse with exit code 2'"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -s u -l to-user -d 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l to-mobile -d 'Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached for a day); an unknown number stops the command before anything is sent' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l service-id -d 'Send through the service account (服务号) with this id (FSAID_…), via /cgi/app/message/send' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 500 recipients'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from text" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l title -d 'Card title' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l first -d 'First line, under the title' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l field -d 'A labelled row as LABEL=VALUE; repeatable (at most 6), kept in order' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l remark -d 'Remark at the bottom' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l link-title -d 'Text of the link' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l link-url -d 'The URL the link opens (web or an fs:// deep link, passed through unchanged)' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -s u -l to-user -d 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l to-mobile -d 'Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached for a day); an unknown number stops the command before anything is sent' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l service-id -d 'Send through the service account (服务号) with this id (FSAID_…), via /cgi/app/message/send' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 500 recipients'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from composite" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l title -d 'Article title (at most 45 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l author -d 'Author (at most 8 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l description -d 'Summary shown in the list (at most 140 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l content -d 'Article body text' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l content-file -d 'Read the article body from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l url -d 'Make the article a link to URL instead of body text' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l cover -d 'Cover image to upload' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l cover-media-id -d 'Cover image uploaded before' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l articles -d 'Read 1 to 7 articles from FILE (JSON or TOML) instead of the flags above' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -s u -l to-user -d 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l to-mobile -d 'Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached for a day); an unknown number stops the command before anything is sent' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l service-id -d 'Send through the service account (服务号) with this id (FSAID_…), via /cgi/app/message/send' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l cover-in-content -d 'Show the cover at the top of the body text too'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 500 recipients'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from articles" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l title -d 'Article title (at most 45 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l author -d 'Author (at most 8 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l description -d 'Summary shown in the list (at most 140 characters)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l content -d 'Article body text' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l content-file -d 'Read the article body from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l url -d 'Make the article a link to URL instead of body text' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l cover -d 'Cover image to upload' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l cover-media-id -d 'Cover image uploaded before' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l articles -d 'Read 1 to 7 articles from FILE (JSON or TOML) instead of the flags above' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -s u -l to-user -d 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l to-mobile -d 'Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached for a day); an unknown number stops the command before anything is sent' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l service-id -d 'Send through the service account (服务号) with this id (FSAID_…), via /cgi/app/message/send' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l cover-in-content -d 'Show the cover at the top of the body text too'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 500 recipients'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from help" -f -a "text" -d 'Send a text message'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from help" -f -a "composite" -d 'Send a composite card: title, first line, labelled rows, remark and a link'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from help" -f -a "articles" -d 'Send 1 to 7 image-text articles (also the way to send a picture)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload an image and print its media id'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand fxiaoke; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -f -a "text" -d 'Send a text message (2048 bytes), from an app or a group robot'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -f -a "markdown" -d 'Send a markdown message (app 2048 bytes, robot 4096)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -f -a "image" -d 'Send an image (an app uploads FILE first; a robot sends it inline)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -f -a "file" -d 'Send a file (uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -f -a "textcard" -d 'Send a text card: a title, a description and a link (app only)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -f -a "news" -d 'Send 1 to 8 news articles (links with a title, description and picture)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -f -a "upload" -d 'Upload a file and print its media id (valid 3 days)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and not __fish_seen_subcommand_from text markdown image file textcard news upload help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l content-file -d 'Read the message text from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l on-long -d 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile\'s text_limit, WeCom 2048 bytes)' -r -f -a "truncate\t'Cut at the limit and warn how much was cut'
split\t'Send consecutive messages numbered `(1/3)`, split at line breaks where possible'
fail\t'Refuse with exit code 2'"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s u -l to-user -d 'User ids, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s d -l to-dept -d 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s t -l to-tag -d 'Tag ids, separated by `|` or `,`; repeatable [default: the profile\'s to_tag]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l dedupe -d 'Seconds of the server\'s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile\'s dedupe]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l mention -d 'Mention this member by user id (@all for everyone); repeatable' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l mention-mobile -d 'Mention the member with this mobile number (@all for everyone); repeatable' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l to-all -d 'Everyone the app may message (its visible range): touser "@all"'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from text" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l content-file -d 'Read the message text from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l on-long -d 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile\'s text_limit, WeCom 2048 bytes)' -r -f -a "truncate\t'Cut at the limit and warn how much was cut'
split\t'Send consecutive messages numbered `(1/3)`, split at line breaks where possible'
fail\t'Refuse with exit code 2'"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s u -l to-user -d 'User ids, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s d -l to-dept -d 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s t -l to-tag -d 'Tag ids, separated by `|` or `,`; repeatable [default: the profile\'s to_tag]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l dedupe -d 'Seconds of the server\'s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile\'s dedupe]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l to-all -d 'Everyone the app may message (its visible range): touser "@all"'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from markdown" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l media-id -d 'Send media uploaded before (`wecom upload`) instead of a file' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s u -l to-user -d 'User ids, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s d -l to-dept -d 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s t -l to-tag -d 'Tag ids, separated by `|` or `,`; repeatable [default: the profile\'s to_tag]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l dedupe -d 'Seconds of the server\'s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile\'s dedupe]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l to-all -d 'Everyone the app may message (its visible range): touser "@all"'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from image" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l media-id -d 'Send media uploaded before (`wecom upload`) instead of a file' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s u -l to-user -d 'User ids, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s d -l to-dept -d 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s t -l to-tag -d 'Tag ids, separated by `|` or `,`; repeatable [default: the profile\'s to_tag]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l dedupe -d 'Seconds of the server\'s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile\'s dedupe]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l to-all -d 'Everyone the app may message (its visible range): touser "@all"'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from file" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l title -d 'Card title (128 bytes; longer is cut)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l description -d 'Card text (512 bytes; longer is cut)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l url -d 'The page the card opens (at most 2048 bytes)' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l button -d 'The button\'s text (4 characters; longer is cut) [default: 详情]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s u -l to-user -d 'User ids, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s d -l to-dept -d 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s t -l to-tag -d 'Tag ids, separated by `|` or `,`; repeatable [default: the profile\'s to_tag]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l dedupe -d 'Seconds of the server\'s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile\'s dedupe]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l to-all -d 'Everyone the app may message (its visible range): touser "@all"'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from textcard" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l title -d 'Article title (128 bytes; longer is cut)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l description -d 'Summary under the title (512 bytes; longer is cut)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l url -d 'The page the article opens' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l picurl -d 'The picture\'s URL (JPG or PNG)' -r -f
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l articles -d 'Read 1 to 8 articles from FILE (JSON or TOML) instead of the flags above' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s u -l to-user -d 'User ids, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s d -l to-dept -d 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s t -l to-tag -d 'Tag ids, separated by `|` or `,`; repeatable [default: the profile\'s to_tag]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l dedupe -d 'Seconds of the server\'s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile\'s dedupe]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l to-all -d 'Everyone the app may message (its visible range): touser "@all"'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l no-split -d 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from news" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -l type -d 'Media type [default: guessed from the extension]' -r -f -a "image\t''
file\t''
voice\t''
video\t''"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from upload" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from help" -f -a "text" -d 'Send a text message (2048 bytes), from an app or a group robot'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from help" -f -a "markdown" -d 'Send a markdown message (app 2048 bytes, robot 4096)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from help" -f -a "image" -d 'Send an image (an app uploads FILE first; a robot sends it inline)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from help" -f -a "file" -d 'Send a file (uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from help" -f -a "textcard" -d 'Send a text card: a title, a description and a link (app only)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from help" -f -a "news" -d 'Send 1 to 8 news articles (links with a title, description and picture)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from help" -f -a "upload" -d 'Upload a file and print its media id (valid 3 days)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand wecom; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -f -a "list" -d 'List the messages that wait in the outbox, and the dead ones'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -f -a "flush" -d 'Send every message that waits, oldest first'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -f -a "drop" -d 'Delete messages from the outbox (waiting or dead)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and not __fish_seen_subcommand_from list flush drop help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -l max-age -d 'Messages queued longer ago than this move to dead/ unsent (90s, 30m, 24h, 2d)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from flush" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l all -d 'Every message, waiting or dead'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the messages that wait in the outbox, and the dead ones'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "flush" -d 'Send every message that waits, oldest first'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Delete messages from the outbox (waiting or dead)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand outbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l content-file -d 'Read the message text from FILE (`-` for standard input)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l on-long -d 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile\'s text_limit, WeCom 2048 bytes)' -r -f -a "truncate\t'Cut at the limit and warn how much was cut'
split\t'Send consecutive messages numbered `(1/3)`, split at line breaks where possible'
fail\t'Refuse with exit code 2'"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s u -l to-user -d 'Recipients for every profile, separated by `|` or `,`; repeatable. Youdu accounts, Fxiaoke or WeCom user ids, so mostly useful with profiles of one provider (a profile whose provider cannot take them, such as a WeCom group robot, is reported and not notified) [default: each profile\'s to_user and to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s d -l to-dept -d 'Department ids for every profile, separated by `|` or `,`; repeatable (Youdu: 0 is the whole organisation; WeCom: party ids). A Fxiaoke profile or a WeCom group robot given -d is reported and not notified' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l no-split -d 'Refuse (exit 2) instead of sending several requests when a list exceeds one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand send" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l when -d 'When to notify' -r -f -a "failure\t'Only when the command fails (exits non-zero, is killed, or cannot start)'
always\t'Whatever the command\'s result'"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l tail -d 'Lines of output to keep and send (the last N; 0 sends none)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l title -d 'First line of the notification [default: "NAME failed on HOST" or "NAME succeeded on HOST"]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s u -l to-user -d 'Recipients for every profile, separated by `|` or `,`; repeatable. Youdu accounts, Fxiaoke or WeCom user ids, so mostly useful with profiles of one provider (a profile whose provider cannot take them, such as a WeCom group robot, is reported and not notified) [default: each profile\'s to_user and to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s d -l to-dept -d 'Department ids for every profile, separated by `|` or `,`; repeatable (Youdu: 0 is the whole organisation; WeCom: party ids). A Fxiaoke profile or a WeCom group robot given -d is reported and not notified' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l no-split -d 'Refuse (exit 2) instead of sending several requests when a list exceeds one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand run" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l listen -d 'The address to serve on (a port of 0 takes a free one)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l db -d 'Keep messages and uploads in this SQLite file across restarts (made if missing)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l expect -d 'With CMD: exit 1 unless exactly N messages arrived' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l token-lifetime -d 'How long the tokens it issues live, in seconds: a short one tests a client\'s refresh' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l print-config -d 'Print a config with one profile per provider kind, pointing at --listen, and exit'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand sandbox" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -f -a "init" -d 'Write a commented starter config (mode 600) for one provider or several'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -f -a "check" -d 'Validate every profile; with --online, also check its credentials with the server'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -f -a "show" -d 'Print the config in use, with the environment\'s overrides and every secret masked'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -f -a "path" -d 'Print the path of the config file in use (whether or not it exists)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and not __fish_seen_subcommand_from init check show path help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l provider -d 'The provider(s) to write a profile for; several separated by `,`' -r -f -a "youdu\t''
fxiaoke\t''
wecom\t''"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l force -d 'Overwrite an existing file'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -l online -d 'Also fetch a new access token with each profile (network; nothing is sent; a WeCom group robot\'s key is only checked for its shape)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from path" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "init" -d 'Write a commented starter config (mode 600) for one provider or several'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "check" -d 'Validate every profile; with --online, also check its credentials with the server'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "show" -d 'Print the config in use, with the environment\'s overrides and every secret masked'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "path" -d 'Print the path of the config file in use (whether or not it exists)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l dir -d 'Write one page per command into DIR (created if needed) instead of printing the top page' -r -f -a "(__fish_complete_directories)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm' -r -f -a "(__fish_corpmsg_profiles)"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l proxy -d 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l outbox -d 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "youdu" -d 'Send Youdu (有度) messages'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "fxiaoke" -d 'Send Fxiaoke (纷享销客) messages'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "wecom" -d 'Send WeCom (企业微信) messages, from an app or a group robot'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "outbox" -d 'List, send or drop the messages kept in the outbox'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "send" -d 'Send a text to each profile given by -p (any provider): fan-out'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "run" -d 'Run a command, pass its output and exit status through, notify when it fails'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "sandbox" -d 'Serve every provider\'s API on this machine, with a web inbox: try corpmsg, test in CI'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "config" -d 'Write, check, show or locate the config file'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "man" -d 'Print the man page (roff); --dir writes one page per command'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu fxiaoke wecom outbox send run sandbox config completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "text" -d 'Send a text message (600 characters)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "image" -d 'Send an image (a local FILE is uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "file" -d 'Send a file (a local FILE is uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "mpnews" -d 'Send 1 to 5 image-text articles (mpnews)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "link" -d 'Send a link that opens a URL (with --sso, the client appends the user\'s credentials)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "exlink" -d 'Send 1 to 5 external links (exlink)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "sysmsg" -d 'Send a system message (needs the sysMsgAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "sms" -d 'Send an SMS notice (needs the sysSmsAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "mail" -d 'Send a mail notice (needs the sysExmailAssistant app)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "popup" -d 'Open a desktop pop-up window on the recipients\' Youdu clients'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "badge" -d 'Set the app\'s badge (to-do count) for each account; --count 0 clears it'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "session" -d 'Post into a group chat session or a one-to-one chat, or create a session'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "upload" -d 'Upload a file and print its media id'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from fxiaoke" -f -a "text" -d 'Send a text message'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from fxiaoke" -f -a "composite" -d 'Send a composite card: title, first line, labelled rows, remark and a link'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from fxiaoke" -f -a "articles" -d 'Send 1 to 7 image-text articles (also the way to send a picture)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from fxiaoke" -f -a "upload" -d 'Upload an image and print its media id'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from wecom" -f -a "text" -d 'Send a text message (2048 bytes), from an app or a group robot'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from wecom" -f -a "markdown" -d 'Send a markdown message (app 2048 bytes, robot 4096)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from wecom" -f -a "image" -d 'Send an image (an app uploads FILE first; a robot sends it inline)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from wecom" -f -a "file" -d 'Send a file (uploaded first)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from wecom" -f -a "textcard" -d 'Send a text card: a title, a description and a link (app only)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from wecom" -f -a "news" -d 'Send 1 to 8 news articles (links with a title, description and picture)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from wecom" -f -a "upload" -d 'Upload a file and print its media id (valid 3 days)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "list" -d 'List the messages that wait in the outbox, and the dead ones'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "flush" -d 'Send every message that waits, oldest first'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from outbox" -f -a "drop" -d 'Delete messages from the outbox (waiting or dead)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "init" -d 'Write a commented starter config (mode 600) for one provider or several'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "check" -d 'Validate every profile; with --online, also check its credentials with the server'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "show" -d 'Print the config in use, with the environment\'s overrides and every secret masked'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "path" -d 'Print the path of the config file in use (whether or not it exists)'
