
use builtin;
use str;

set edit:completion:arg-completer[corpmsg] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'corpmsg'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'corpmsg'= {
            cand -c 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand --config 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand -p 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --profile 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --timeout 'Per-request timeout (connect and total)'
            cand --retries 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)'
            cand --proxy 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)'
            cand --ca-cert 'Extra CA certificates (PEM) to trust, for servers with a private CA'
            cand -n 'Build and validate, print the requests as JSON lines, send nothing'
            cand --dry-run 'Build and validate, print the requests as JSON lines, send nothing'
            cand --json 'Print one JSON result object per request on stdout'
            cand -q 'Print no warnings, only errors'
            cand --quiet 'Print no warnings, only errors'
            cand -v 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --verbose 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --insecure 'Accept any TLS certificate (insecure; prefer --ca-cert)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand youdu 'Send Youdu (有度) messages'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'corpmsg;youdu'= {
            cand -c 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand --config 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand -p 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --profile 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --timeout 'Per-request timeout (connect and total)'
            cand --retries 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)'
            cand --proxy 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)'
            cand --ca-cert 'Extra CA certificates (PEM) to trust, for servers with a private CA'
            cand -n 'Build and validate, print the requests as JSON lines, send nothing'
            cand --dry-run 'Build and validate, print the requests as JSON lines, send nothing'
            cand --json 'Print one JSON result object per request on stdout'
            cand -q 'Print no warnings, only errors'
            cand --quiet 'Print no warnings, only errors'
            cand -v 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --verbose 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --insecure 'Accept any TLS certificate (insecure; prefer --ca-cert)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand text 'Send a text message (600 characters)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'corpmsg;youdu;text'= {
            cand --content-file 'Read the message text from FILE'
            cand --on-long 'What to do with text over 600 characters'
            cand -u 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]'
            cand --to-user 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]'
            cand -d 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]'
            cand --to-dept 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]'
            cand --to-user-file 'File with one account a line (blank lines and # comments skipped)'
            cand -c 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand --config 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand -p 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --profile 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --timeout 'Per-request timeout (connect and total)'
            cand --retries 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)'
            cand --proxy 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)'
            cand --ca-cert 'Extra CA certificates (PEM) to trust, for servers with a private CA'
            cand --no-split 'Refuse (exit 2) instead of sending several requests when the lists exceed one request'
            cand -n 'Build and validate, print the requests as JSON lines, send nothing'
            cand --dry-run 'Build and validate, print the requests as JSON lines, send nothing'
            cand --json 'Print one JSON result object per request on stdout'
            cand -q 'Print no warnings, only errors'
            cand --quiet 'Print no warnings, only errors'
            cand -v 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --verbose 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --insecure 'Accept any TLS certificate (insecure; prefer --ca-cert)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'corpmsg;youdu;help'= {
            cand text 'Send a text message (600 characters)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'corpmsg;youdu;help;text'= {
        }
        &'corpmsg;youdu;help;help'= {
        }
        &'corpmsg;completions'= {
            cand -c 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand --config 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand -p 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --profile 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --timeout 'Per-request timeout (connect and total)'
            cand --retries 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)'
            cand --proxy 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)'
            cand --ca-cert 'Extra CA certificates (PEM) to trust, for servers with a private CA'
            cand -n 'Build and validate, print the requests as JSON lines, send nothing'
            cand --dry-run 'Build and validate, print the requests as JSON lines, send nothing'
            cand --json 'Print one JSON result object per request on stdout'
            cand -q 'Print no warnings, only errors'
            cand --quiet 'Print no warnings, only errors'
            cand -v 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --verbose 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --insecure 'Accept any TLS certificate (insecure; prefer --ca-cert)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'corpmsg;man'= {
            cand -c 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand --config 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand -p 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --profile 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --timeout 'Per-request timeout (connect and total)'
            cand --retries 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)'
            cand --proxy 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)'
            cand --ca-cert 'Extra CA certificates (PEM) to trust, for servers with a private CA'
            cand -n 'Build and validate, print the requests as JSON lines, send nothing'
            cand --dry-run 'Build and validate, print the requests as JSON lines, send nothing'
            cand --json 'Print one JSON result object per request on stdout'
            cand -q 'Print no warnings, only errors'
            cand --quiet 'Print no warnings, only errors'
            cand -v 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --verbose 'Say what was sent; -vv also shows each request (secrets masked)'
            cand --insecure 'Accept any TLS certificate (insecure; prefer --ca-cert)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'corpmsg;help'= {
            cand youdu 'Send Youdu (有度) messages'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'corpmsg;help;youdu'= {
            cand text 'Send a text message (600 characters)'
        }
        &'corpmsg;help;youdu;text'= {
        }
        &'corpmsg;help;completions'= {
        }
        &'corpmsg;help;man'= {
        }
        &'corpmsg;help;help'= {
        }
    ]
    $completions[$command]
}
