
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
            cand image 'Send an image (a local FILE is uploaded first)'
            cand file 'Send a file (a local FILE is uploaded first)'
            cand mpnews 'Send 1 to 5 image-text articles (mpnews)'
            cand link 'Send a link that opens a URL (with --sso, the client appends the user''s credentials)'
            cand exlink 'Send 1 to 5 external links (exlink)'
            cand sysmsg 'Send a system message (needs the sysMsgAssistant app)'
            cand sms 'Send an SMS notice (needs the sysSmsAssistant app)'
            cand mail 'Send a mail notice (needs the sysExmailAssistant app)'
            cand upload 'Upload a file and print its media id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'corpmsg;youdu;text'= {
            cand --content-file 'Read the message text from FILE (`-` for standard input)'
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
        &'corpmsg;youdu;image'= {
            cand --media-id 'Send media uploaded before instead of a file'
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
        &'corpmsg;youdu;file'= {
            cand --media-id 'Send media uploaded before instead of a file'
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
        &'corpmsg;youdu;mpnews'= {
            cand --title 'Article title (64 characters; longer is cut)'
            cand --content 'Article body (600 characters; longer is cut)'
            cand --content-file 'Read the article body from FILE (`-` for standard input)'
            cand --digest 'Summary shown in the list (120 characters; longer is cut)'
            cand --cover 'Cover image to upload'
            cand --cover-media-id 'Cover image uploaded before'
            cand --articles 'Read 1 to 5 articles from FILE (JSON or TOML) instead of the flags above'
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
            cand --show-front 'Show the cover at the top of the article body'
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
        &'corpmsg;youdu;link'= {
            cand --title 'Link title (at most 64 characters)'
            cand --url 'The URL to open'
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
            cand --sso 'Append the user''s name and token to the URL for single sign-on (action 1)'
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
        &'corpmsg;youdu;exlink'= {
            cand --title 'Link title (at most 64 characters)'
            cand --url 'The URL to open'
            cand --digest 'Summary (120 characters; longer is cut)'
            cand --cover 'Cover image to upload'
            cand --cover-media-id 'Cover image uploaded before'
            cand --items 'Read 1 to 5 items from FILE (JSON or TOML) instead of the flags above'
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
        &'corpmsg;youdu;sysmsg'= {
            cand --title 'Title (at most 64 characters)'
            cand --text 'A text item; repeatable, kept in order with --link'
            cand --link 'A link item as TITLE=URL; repeatable, kept in order with --text'
            cand --pop-duration 'Seconds the pop-up stays; 0 or less keeps it until closed'
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
            cand --to-all 'Send to every member (recipients become optional)'
            cand --only-online 'With --to-all: only members online now (offline members never get it)'
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
        &'corpmsg;youdu;sms'= {
            cand --from 'The phone number the SMS came from'
            cand --content-file 'Read the message text from FILE (`-` for standard input)'
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
        &'corpmsg;youdu;mail'= {
            cand --action 'new: a new mail; unread: the unread count'
            cand --subject 'Subject (new)'
            cand --from-user 'Sender''s account (new)'
            cand --from-email 'Sender''s address (new)'
            cand --time 'When the mail was sent, in Unix seconds [default: when the server receives it]'
            cand --link 'Link that opens the mail (new)'
            cand --unread-count 'Number of unread mails (unread)'
            cand -u 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]'
            cand --to-user 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]'
            cand --to-email 'E-mail addresses, separated by `|` or `,`; repeatable'
            cand -c 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand --config 'Config file [default: <config dir>/corpmsg/config.toml]'
            cand -p 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --profile 'Profile to use (default: default_profile, or the only profile of the provider)'
            cand --timeout 'Per-request timeout (connect and total)'
            cand --retries 'Retries of a request that certainly did not reach the server (refused, DNS, TLS)'
            cand --proxy 'Proxy for all requests (HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured without it)'
            cand --ca-cert 'Extra CA certificates (PEM) to trust, for servers with a private CA'
            cand --no-split 'Refuse (exit 2) instead of sending several requests over 1000 recipients'
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
        &'corpmsg;youdu;upload'= {
            cand --type 'Media type [default: guessed from the extension]'
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
        &'corpmsg;youdu;help'= {
            cand text 'Send a text message (600 characters)'
            cand image 'Send an image (a local FILE is uploaded first)'
            cand file 'Send a file (a local FILE is uploaded first)'
            cand mpnews 'Send 1 to 5 image-text articles (mpnews)'
            cand link 'Send a link that opens a URL (with --sso, the client appends the user''s credentials)'
            cand exlink 'Send 1 to 5 external links (exlink)'
            cand sysmsg 'Send a system message (needs the sysMsgAssistant app)'
            cand sms 'Send an SMS notice (needs the sysSmsAssistant app)'
            cand mail 'Send a mail notice (needs the sysExmailAssistant app)'
            cand upload 'Upload a file and print its media id'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'corpmsg;youdu;help;text'= {
        }
        &'corpmsg;youdu;help;image'= {
        }
        &'corpmsg;youdu;help;file'= {
        }
        &'corpmsg;youdu;help;mpnews'= {
        }
        &'corpmsg;youdu;help;link'= {
        }
        &'corpmsg;youdu;help;exlink'= {
        }
        &'corpmsg;youdu;help;sysmsg'= {
        }
        &'corpmsg;youdu;help;sms'= {
        }
        &'corpmsg;youdu;help;mail'= {
        }
        &'corpmsg;youdu;help;upload'= {
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
            cand image 'Send an image (a local FILE is uploaded first)'
            cand file 'Send a file (a local FILE is uploaded first)'
            cand mpnews 'Send 1 to 5 image-text articles (mpnews)'
            cand link 'Send a link that opens a URL (with --sso, the client appends the user''s credentials)'
            cand exlink 'Send 1 to 5 external links (exlink)'
            cand sysmsg 'Send a system message (needs the sysMsgAssistant app)'
            cand sms 'Send an SMS notice (needs the sysSmsAssistant app)'
            cand mail 'Send a mail notice (needs the sysExmailAssistant app)'
            cand upload 'Upload a file and print its media id'
        }
        &'corpmsg;help;youdu;text'= {
        }
        &'corpmsg;help;youdu;image'= {
        }
        &'corpmsg;help;youdu;file'= {
        }
        &'corpmsg;help;youdu;mpnews'= {
        }
        &'corpmsg;help;youdu;link'= {
        }
        &'corpmsg;help;youdu;exlink'= {
        }
        &'corpmsg;help;youdu;sysmsg'= {
        }
        &'corpmsg;help;youdu;sms'= {
        }
        &'corpmsg;help;youdu;mail'= {
        }
        &'corpmsg;help;youdu;upload'= {
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
