# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_corpmsg_global_optspecs
    string join \n c/config= p/profile= n/dry-run json q/quiet v/verbose timeout= retries= proxy= ca-cert= insecure h/help V/version
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
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider)' -r
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)' -r
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l proxy -d 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "youdu" -d 'Send Youdu (有度) messages'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c corpmsg -n "__fish_corpmsg_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -l proxy -d 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -f -a "text" -d 'Send a text message (600 characters)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and not __fish_seen_subcommand_from text help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l content-file -d 'Read the message text from FILE' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l on-long -d 'What to do with text over 600 characters' -r -f -a "truncate\t'Cut at the limit and warn how much was cut'
split\t'Send consecutive messages numbered `(1/3)`, split at line breaks where possible'
fail\t'Refuse with exit code 2'"
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s u -l to-user -d 'Accounts, separated by `|` or `,`; repeatable [default: the profile\'s to_user]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s d -l to-dept -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile\'s to_dept]' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l to-user-file -d 'File with one account a line (blank lines and # comments skipped)' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l proxy -d 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l no-split -d 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from text" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "text" -d 'Send a text message (600 characters)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand youdu; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l proxy -d 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand completions" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s c -l config -d 'Config file [default: <config dir>/corpmsg/config.toml]' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s p -l profile -d 'Profile to use (default: default_profile, or the only profile of the provider)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l timeout -d 'Per-request timeout (connect and total)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l retries -d 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l proxy -d 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)' -r
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l ca-cert -d 'Extra CA certificates (PEM) to trust, for servers with a private CA' -r -F
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s n -l dry-run -d 'Build and validate, print the requests as JSON lines, send nothing'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l json -d 'Print one JSON result object per request on stdout'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s q -l quiet -d 'Print no warnings, only errors'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s v -l verbose -d 'Say what was sent; -vv also shows each request (secrets masked)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -l insecure -d 'Accept any TLS certificate (insecure; prefer --ca-cert)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand man" -s V -l version -d 'Print version'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu completions man help" -f -a "youdu" -d 'Send Youdu (有度) messages'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and not __fish_seen_subcommand_from youdu completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c corpmsg -n "__fish_corpmsg_using_subcommand help; and __fish_seen_subcommand_from youdu" -f -a "text" -d 'Send a text message (600 characters)'
