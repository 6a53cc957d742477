
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'corpmsg' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'corpmsg'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'corpmsg' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('youdu', 'youdu', [CompletionResultType]::ParameterValue, 'Send Youdu (有度) messages')
            [CompletionResult]::new('fxiaoke', 'fxiaoke', [CompletionResultType]::ParameterValue, 'Send Fxiaoke (纷享销客) messages')
            [CompletionResult]::new('wecom', 'wecom', [CompletionResultType]::ParameterValue, 'Send WeCom (企业微信) messages, from an app or a group robot')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'List, send or drop the messages kept in the outbox')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a text to each profile given by -p (any provider): fan-out')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command, pass its output and exit status through, notify when it fails')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve every provider''s API on this machine, with a web inbox: try corpmsg, test in CI')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Write, check, show or locate the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff); --dir writes one page per command')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;youdu' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (600 characters)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (a local FILE is uploaded first)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Send a file (a local FILE is uploaded first)')
            [CompletionResult]::new('mpnews', 'mpnews', [CompletionResultType]::ParameterValue, 'Send 1 to 5 image-text articles (mpnews)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Send a link that opens a URL (with --sso, the client appends the user''s credentials)')
            [CompletionResult]::new('exlink', 'exlink', [CompletionResultType]::ParameterValue, 'Send 1 to 5 external links (exlink)')
            [CompletionResult]::new('sysmsg', 'sysmsg', [CompletionResultType]::ParameterValue, 'Send a system message (needs the sysMsgAssistant app)')
            [CompletionResult]::new('sms', 'sms', [CompletionResultType]::ParameterValue, 'Send an SMS notice (needs the sysSmsAssistant app)')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'Send a mail notice (needs the sysExmailAssistant app)')
            [CompletionResult]::new('popup', 'popup', [CompletionResultType]::ParameterValue, 'Open a desktop pop-up window on the recipients'' Youdu clients')
            [CompletionResult]::new('badge', 'badge', [CompletionResultType]::ParameterValue, 'Set the app''s badge (to-do count) for each account; --count 0 clears it')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Post into a group chat session or a one-to-one chat, or create a session')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file and print its media id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;youdu;text' {
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the message text from FILE (`-` for standard input)')
            [CompletionResult]::new('--on-long', '--on-long', [CompletionResultType]::ParameterName, 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile''s text_limit, WeCom 2048 bytes)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;image' {
            [CompletionResult]::new('--media-id', '--media-id', [CompletionResultType]::ParameterName, 'Send media uploaded before instead of a file')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;file' {
            [CompletionResult]::new('--media-id', '--media-id', [CompletionResultType]::ParameterName, 'Send media uploaded before instead of a file')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;mpnews' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Article title (64 characters; longer is cut)')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'Article body (600 characters; longer is cut)')
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the article body from FILE (`-` for standard input)')
            [CompletionResult]::new('--digest', '--digest', [CompletionResultType]::ParameterName, 'Summary shown in the list (120 characters; longer is cut)')
            [CompletionResult]::new('--cover', '--cover', [CompletionResultType]::ParameterName, 'Cover image to upload')
            [CompletionResult]::new('--cover-media-id', '--cover-media-id', [CompletionResultType]::ParameterName, 'Cover image uploaded before')
            [CompletionResult]::new('--articles', '--articles', [CompletionResultType]::ParameterName, 'Read 1 to 5 articles from FILE (JSON or TOML) instead of the flags above')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--show-front', '--show-front', [CompletionResultType]::ParameterName, 'Show the cover at the top of the article body')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;link' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Link title (at most 64 characters)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The URL to open')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--sso', '--sso', [CompletionResultType]::ParameterName, 'Append the user''s name and token to the URL for single sign-on (action 1)')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;exlink' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Link title (at most 64 characters)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The URL to open')
            [CompletionResult]::new('--digest', '--digest', [CompletionResultType]::ParameterName, 'Summary (120 characters; longer is cut)')
            [CompletionResult]::new('--cover', '--cover', [CompletionResultType]::ParameterName, 'Cover image to upload')
            [CompletionResult]::new('--cover-media-id', '--cover-media-id', [CompletionResultType]::ParameterName, 'Cover image uploaded before')
            [CompletionResult]::new('--items', '--items', [CompletionResultType]::ParameterName, 'Read 1 to 5 items from FILE (JSON or TOML) instead of the flags above')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;sysmsg' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Title (at most 64 characters)')
            [CompletionResult]::new('--text', '--text', [CompletionResultType]::ParameterName, 'A text item; repeatable, kept in order with --link')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'A link item as TITLE=URL; repeatable, kept in order with --text')
            [CompletionResult]::new('--pop-duration', '--pop-duration', [CompletionResultType]::ParameterName, 'Seconds the pop-up stays; 0 or less keeps it until closed')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--to-all', '--to-all', [CompletionResultType]::ParameterName, 'Send to every member (recipients become optional)')
            [CompletionResult]::new('--only-online', '--only-online', [CompletionResultType]::ParameterName, 'With --to-all: only members online now (offline members never get it)')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;sms' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The phone number the SMS came from')
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the message text from FILE (`-` for standard input)')
            [CompletionResult]::new('--on-long', '--on-long', [CompletionResultType]::ParameterName, 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile''s text_limit, WeCom 2048 bytes)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;mail' {
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'new: a new mail; unread: the unread count')
            [CompletionResult]::new('--subject', '--subject', [CompletionResultType]::ParameterName, 'Subject (new)')
            [CompletionResult]::new('--from-user', '--from-user', [CompletionResultType]::ParameterName, 'Sender''s account (new)')
            [CompletionResult]::new('--from-email', '--from-email', [CompletionResultType]::ParameterName, 'Sender''s address (new)')
            [CompletionResult]::new('--time', '--time', [CompletionResultType]::ParameterName, 'When the mail was sent, in Unix seconds [default: when the server receives it]')
            [CompletionResult]::new('--link', '--link', [CompletionResultType]::ParameterName, 'Link that opens the mail (new)')
            [CompletionResult]::new('--unread-count', '--unread-count', [CompletionResultType]::ParameterName, 'Number of unread mails (unread)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-email', '--to-email', [CompletionResultType]::ParameterName, 'E-mail addresses, separated by `|` or `,`; repeatable')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 1000 recipients')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;popup' {
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Web page the window opens')
            [CompletionResult]::new('--tip', '--tip', [CompletionResultType]::ParameterName, 'Text the window shows (when there is no --url)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Window title')
            [CompletionResult]::new('--width', '--width', [CompletionResultType]::ParameterName, 'Window width in pixels')
            [CompletionResult]::new('--height', '--height', [CompletionResultType]::ParameterName, 'Window height in pixels')
            [CompletionResult]::new('--duration', '--duration', [CompletionResultType]::ParameterName, 'Seconds the window stays, or `forever` until it is closed [default: the server''s 5]')
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Where on the screen the window opens [default: center]')
            [CompletionResult]::new('--open', '--open', [CompletionResultType]::ParameterName, 'Open the URL in a browser or in a window [default: the app''s setting]')
            [CompletionResult]::new('--notice-id', '--notice-id', [CompletionResultType]::ParameterName, 'Pop-ups with the same id share one window; a later one replaces an earlier one')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids, separated by `|` or `,`; repeatable; 0 is the whole organisation [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-user-file', '--to-user-file', [CompletionResultType]::ParameterName, 'File with one account a line (blank lines and # comments skipped)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when the lists exceed one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;badge' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable; one request each')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Accounts, separated by `|` or `,`; repeatable; one request each')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'The badge count: an integer, 0 or more (0 clears the badge)')
            [CompletionResult]::new('--tip', '--tip', [CompletionResultType]::ParameterName, 'The notice shown with the badge')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;session' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group session and print its id')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Post a text into a session or a one-to-one chat')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Post an image into a session or a one-to-one chat (FILE is uploaded first)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Post a file into a session or a one-to-one chat (FILE is uploaded first)')
            [CompletionResult]::new('voice', 'voice', [CompletionResultType]::ParameterValue, 'Post a voice message (FILE is uploaded first, as voice)')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Post a video (FILE is uploaded first, as video)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;youdu;session;create' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Session title (64 characters at most)')
            [CompletionResult]::new('--creator', '--creator', [CompletionResultType]::ParameterName, 'The account that creates the session (one of its members)')
            [CompletionResult]::new('-m', '-m', [CompletionResultType]::ParameterName, 'Members, separated by `|` or `,`; repeatable')
            [CompletionResult]::new('--member', '--member', [CompletionResultType]::ParameterName, 'Members, separated by `|` or `,`; repeatable')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;session;text' {
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the message text from FILE (`-` for standard input)')
            [CompletionResult]::new('--on-long', '--on-long', [CompletionResultType]::ParameterName, 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile''s text_limit, WeCom 2048 bytes)')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The group session to post into [default: the profile''s session_id]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The account whose one-to-one chat with the sender to post into')
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'The account the message comes from [default: the profile''s sender]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;session;image' {
            [CompletionResult]::new('--media-id', '--media-id', [CompletionResultType]::ParameterName, 'Send media uploaded before instead of a file')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The group session to post into [default: the profile''s session_id]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The account whose one-to-one chat with the sender to post into')
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'The account the message comes from [default: the profile''s sender]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;session;file' {
            [CompletionResult]::new('--media-id', '--media-id', [CompletionResultType]::ParameterName, 'Send media uploaded before instead of a file')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The group session to post into [default: the profile''s session_id]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The account whose one-to-one chat with the sender to post into')
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'The account the message comes from [default: the profile''s sender]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;session;voice' {
            [CompletionResult]::new('--media-id', '--media-id', [CompletionResultType]::ParameterName, 'Send media uploaded before instead of a file')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The group session to post into [default: the profile''s session_id]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The account whose one-to-one chat with the sender to post into')
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'The account the message comes from [default: the profile''s sender]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;session;video' {
            [CompletionResult]::new('--media-id', '--media-id', [CompletionResultType]::ParameterName, 'Send media uploaded before instead of a file')
            [CompletionResult]::new('--session', '--session', [CompletionResultType]::ParameterName, 'The group session to post into [default: the profile''s session_id]')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The account whose one-to-one chat with the sender to post into')
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'The account the message comes from [default: the profile''s sender]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;session;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group session and print its id')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Post a text into a session or a one-to-one chat')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Post an image into a session or a one-to-one chat (FILE is uploaded first)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Post a file into a session or a one-to-one chat (FILE is uploaded first)')
            [CompletionResult]::new('voice', 'voice', [CompletionResultType]::ParameterValue, 'Post a voice message (FILE is uploaded first, as voice)')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Post a video (FILE is uploaded first, as video)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;youdu;session;help;create' {
            break
        }
        'corpmsg;youdu;session;help;text' {
            break
        }
        'corpmsg;youdu;session;help;image' {
            break
        }
        'corpmsg;youdu;session;help;file' {
            break
        }
        'corpmsg;youdu;session;help;voice' {
            break
        }
        'corpmsg;youdu;session;help;video' {
            break
        }
        'corpmsg;youdu;session;help;help' {
            break
        }
        'corpmsg;youdu;upload' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Media type [default: guessed from the extension]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;youdu;help' {
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (600 characters)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (a local FILE is uploaded first)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Send a file (a local FILE is uploaded first)')
            [CompletionResult]::new('mpnews', 'mpnews', [CompletionResultType]::ParameterValue, 'Send 1 to 5 image-text articles (mpnews)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Send a link that opens a URL (with --sso, the client appends the user''s credentials)')
            [CompletionResult]::new('exlink', 'exlink', [CompletionResultType]::ParameterValue, 'Send 1 to 5 external links (exlink)')
            [CompletionResult]::new('sysmsg', 'sysmsg', [CompletionResultType]::ParameterValue, 'Send a system message (needs the sysMsgAssistant app)')
            [CompletionResult]::new('sms', 'sms', [CompletionResultType]::ParameterValue, 'Send an SMS notice (needs the sysSmsAssistant app)')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'Send a mail notice (needs the sysExmailAssistant app)')
            [CompletionResult]::new('popup', 'popup', [CompletionResultType]::ParameterValue, 'Open a desktop pop-up window on the recipients'' Youdu clients')
            [CompletionResult]::new('badge', 'badge', [CompletionResultType]::ParameterValue, 'Set the app''s badge (to-do count) for each account; --count 0 clears it')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Post into a group chat session or a one-to-one chat, or create a session')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file and print its media id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;youdu;help;text' {
            break
        }
        'corpmsg;youdu;help;image' {
            break
        }
        'corpmsg;youdu;help;file' {
            break
        }
        'corpmsg;youdu;help;mpnews' {
            break
        }
        'corpmsg;youdu;help;link' {
            break
        }
        'corpmsg;youdu;help;exlink' {
            break
        }
        'corpmsg;youdu;help;sysmsg' {
            break
        }
        'corpmsg;youdu;help;sms' {
            break
        }
        'corpmsg;youdu;help;mail' {
            break
        }
        'corpmsg;youdu;help;popup' {
            break
        }
        'corpmsg;youdu;help;badge' {
            break
        }
        'corpmsg;youdu;help;session' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group session and print its id')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Post a text into a session or a one-to-one chat')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Post an image into a session or a one-to-one chat (FILE is uploaded first)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Post a file into a session or a one-to-one chat (FILE is uploaded first)')
            [CompletionResult]::new('voice', 'voice', [CompletionResultType]::ParameterValue, 'Post a voice message (FILE is uploaded first, as voice)')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Post a video (FILE is uploaded first, as video)')
            break
        }
        'corpmsg;youdu;help;session;create' {
            break
        }
        'corpmsg;youdu;help;session;text' {
            break
        }
        'corpmsg;youdu;help;session;image' {
            break
        }
        'corpmsg;youdu;help;session;file' {
            break
        }
        'corpmsg;youdu;help;session;voice' {
            break
        }
        'corpmsg;youdu;help;session;video' {
            break
        }
        'corpmsg;youdu;help;upload' {
            break
        }
        'corpmsg;youdu;help;help' {
            break
        }
        'corpmsg;fxiaoke' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message')
            [CompletionResult]::new('composite', 'composite', [CompletionResultType]::ParameterValue, 'Send a composite card: title, first line, labelled rows, remark and a link')
            [CompletionResult]::new('articles', 'articles', [CompletionResultType]::ParameterValue, 'Send 1 to 7 image-text articles (also the way to send a picture)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send 1 to 7 image-text articles (also the way to send a picture)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload an image and print its media id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;fxiaoke;text' {
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the message text from FILE (`-` for standard input)')
            [CompletionResult]::new('--on-long', '--on-long', [CompletionResultType]::ParameterName, 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile''s text_limit, WeCom 2048 bytes)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached for a day); an unknown number stops the command before anything is sent')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Send through the service account (服务号) with this id (FSAID_…), via /cgi/app/message/send')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 500 recipients')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;fxiaoke;composite' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Card title')
            [CompletionResult]::new('--first', '--first', [CompletionResultType]::ParameterName, 'First line, under the title')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'A labelled row as LABEL=VALUE; repeatable (at most 6), kept in order')
            [CompletionResult]::new('--remark', '--remark', [CompletionResultType]::ParameterName, 'Remark at the bottom')
            [CompletionResult]::new('--link-title', '--link-title', [CompletionResultType]::ParameterName, 'Text of the link')
            [CompletionResult]::new('--link-url', '--link-url', [CompletionResultType]::ParameterName, 'The URL the link opens (web or an fs:// deep link, passed through unchanged)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached for a day); an unknown number stops the command before anything is sent')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Send through the service account (服务号) with this id (FSAID_…), via /cgi/app/message/send')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 500 recipients')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;fxiaoke;articles' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Article title (at most 45 characters)')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Author (at most 8 characters)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Summary shown in the list (at most 140 characters)')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'Article body text')
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the article body from FILE (`-` for standard input)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Make the article a link to URL instead of body text')
            [CompletionResult]::new('--cover', '--cover', [CompletionResultType]::ParameterName, 'Cover image to upload')
            [CompletionResult]::new('--cover-media-id', '--cover-media-id', [CompletionResultType]::ParameterName, 'Cover image uploaded before')
            [CompletionResult]::new('--articles', '--articles', [CompletionResultType]::ParameterName, 'Read 1 to 7 articles from FILE (JSON or TOML) instead of the flags above')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached for a day); an unknown number stops the command before anything is sent')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Send through the service account (服务号) with this id (FSAID_…), via /cgi/app/message/send')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--cover-in-content', '--cover-in-content', [CompletionResultType]::ParameterName, 'Show the cover at the top of the body text too')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 500 recipients')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;fxiaoke;image' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Article title (at most 45 characters)')
            [CompletionResult]::new('--author', '--author', [CompletionResultType]::ParameterName, 'Author (at most 8 characters)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Summary shown in the list (at most 140 characters)')
            [CompletionResult]::new('--content', '--content', [CompletionResultType]::ParameterName, 'Article body text')
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the article body from FILE (`-` for standard input)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Make the article a link to URL instead of body text')
            [CompletionResult]::new('--cover', '--cover', [CompletionResultType]::ParameterName, 'Cover image to upload')
            [CompletionResult]::new('--cover-media-id', '--cover-media-id', [CompletionResultType]::ParameterName, 'Cover image uploaded before')
            [CompletionResult]::new('--articles', '--articles', [CompletionResultType]::ParameterName, 'Read 1 to 7 articles from FILE (JSON or TOML) instead of the flags above')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Open user ids (FSUID_…; numeric employee ids when the profile has user_id_kind = "employee"), separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-mobile', '--to-mobile', [CompletionResultType]::ParameterName, 'Phone numbers, separated by `|` or `,`; repeatable. Looked up as open user ids (cached for a day); an unknown number stops the command before anything is sent')
            [CompletionResult]::new('--service-id', '--service-id', [CompletionResultType]::ParameterName, 'Send through the service account (服务号) with this id (FSAID_…), via /cgi/app/message/send')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--cover-in-content', '--cover-in-content', [CompletionResultType]::ParameterName, 'Show the cover at the top of the body text too')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 500 recipients')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;fxiaoke;upload' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;fxiaoke;help' {
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message')
            [CompletionResult]::new('composite', 'composite', [CompletionResultType]::ParameterValue, 'Send a composite card: title, first line, labelled rows, remark and a link')
            [CompletionResult]::new('articles', 'articles', [CompletionResultType]::ParameterValue, 'Send 1 to 7 image-text articles (also the way to send a picture)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload an image and print its media id')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;fxiaoke;help;text' {
            break
        }
        'corpmsg;fxiaoke;help;composite' {
            break
        }
        'corpmsg;fxiaoke;help;articles' {
            break
        }
        'corpmsg;fxiaoke;help;upload' {
            break
        }
        'corpmsg;fxiaoke;help;help' {
            break
        }
        'corpmsg;wecom' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (2048 bytes), from an app or a group robot')
            [CompletionResult]::new('markdown', 'markdown', [CompletionResultType]::ParameterValue, 'Send a markdown message (app 2048 bytes, robot 4096)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (an app uploads FILE first; a robot sends it inline)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Send a file (uploaded first)')
            [CompletionResult]::new('textcard', 'textcard', [CompletionResultType]::ParameterValue, 'Send a text card: a title, a description and a link (app only)')
            [CompletionResult]::new('news', 'news', [CompletionResultType]::ParameterValue, 'Send 1 to 8 news articles (links with a title, description and picture)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file and print its media id (valid 3 days)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;wecom;text' {
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the message text from FILE (`-` for standard input)')
            [CompletionResult]::new('--on-long', '--on-long', [CompletionResultType]::ParameterName, 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile''s text_limit, WeCom 2048 bytes)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--to-tag', '--to-tag', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--dedupe', '--dedupe', [CompletionResultType]::ParameterName, 'Seconds of the server''s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile''s dedupe]')
            [CompletionResult]::new('--mention', '--mention', [CompletionResultType]::ParameterName, 'Mention this member by user id (@all for everyone); repeatable')
            [CompletionResult]::new('--mention-mobile', '--mention-mobile', [CompletionResultType]::ParameterName, 'Mention the member with this mobile number (@all for everyone); repeatable')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--to-all', '--to-all', [CompletionResultType]::ParameterName, 'Everyone the app may message (its visible range): touser "@all"')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;wecom;markdown' {
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the message text from FILE (`-` for standard input)')
            [CompletionResult]::new('--on-long', '--on-long', [CompletionResultType]::ParameterName, 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile''s text_limit, WeCom 2048 bytes)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--to-tag', '--to-tag', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--dedupe', '--dedupe', [CompletionResultType]::ParameterName, 'Seconds of the server''s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile''s dedupe]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--to-all', '--to-all', [CompletionResultType]::ParameterName, 'Everyone the app may message (its visible range): touser "@all"')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;wecom;image' {
            [CompletionResult]::new('--media-id', '--media-id', [CompletionResultType]::ParameterName, 'Send media uploaded before (`wecom upload`) instead of a file')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--to-tag', '--to-tag', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--dedupe', '--dedupe', [CompletionResultType]::ParameterName, 'Seconds of the server''s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile''s dedupe]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--to-all', '--to-all', [CompletionResultType]::ParameterName, 'Everyone the app may message (its visible range): touser "@all"')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;wecom;file' {
            [CompletionResult]::new('--media-id', '--media-id', [CompletionResultType]::ParameterName, 'Send media uploaded before (`wecom upload`) instead of a file')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--to-tag', '--to-tag', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--dedupe', '--dedupe', [CompletionResultType]::ParameterName, 'Seconds of the server''s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile''s dedupe]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--to-all', '--to-all', [CompletionResultType]::ParameterName, 'Everyone the app may message (its visible range): touser "@all"')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;wecom;textcard' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Card title (128 bytes; longer is cut)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Card text (512 bytes; longer is cut)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The page the card opens (at most 2048 bytes)')
            [CompletionResult]::new('--button', '--button', [CompletionResultType]::ParameterName, 'The button''s text (4 characters; longer is cut) [default: 详情]')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--to-tag', '--to-tag', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--dedupe', '--dedupe', [CompletionResultType]::ParameterName, 'Seconds of the server''s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile''s dedupe]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--to-all', '--to-all', [CompletionResultType]::ParameterName, 'Everyone the app may message (its visible range): touser "@all"')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;wecom;news' {
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'Article title (128 bytes; longer is cut)')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'Summary under the title (512 bytes; longer is cut)')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'The page the article opens')
            [CompletionResult]::new('--picurl', '--picurl', [CompletionResultType]::ParameterName, 'The picture''s URL (JPG or PNG)')
            [CompletionResult]::new('--articles', '--articles', [CompletionResultType]::ParameterName, 'Read 1 to 8 articles from FILE (JSON or TOML) instead of the flags above')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'User ids, separated by `|` or `,`; repeatable [default: the profile''s to_user]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department (party) ids, separated by `|` or `,`; repeatable [default: the profile''s to_dept]')
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--to-tag', '--to-tag', [CompletionResultType]::ParameterName, 'Tag ids, separated by `|` or `,`; repeatable [default: the profile''s to_tag]')
            [CompletionResult]::new('--dedupe', '--dedupe', [CompletionResultType]::ParameterName, 'Seconds of the server''s duplicate check (0 off, at most 14400): an identical message within them is dropped, so a request whose answer was lost may be sent again [default: the profile''s dedupe]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--to-all', '--to-all', [CompletionResultType]::ParameterName, 'Everyone the app may message (its visible range): touser "@all"')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests over 1000 users, 100 departments or 100 tags')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;wecom;upload' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Media type [default: guessed from the extension]')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;wecom;help' {
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (2048 bytes), from an app or a group robot')
            [CompletionResult]::new('markdown', 'markdown', [CompletionResultType]::ParameterValue, 'Send a markdown message (app 2048 bytes, robot 4096)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (an app uploads FILE first; a robot sends it inline)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Send a file (uploaded first)')
            [CompletionResult]::new('textcard', 'textcard', [CompletionResultType]::ParameterValue, 'Send a text card: a title, a description and a link (app only)')
            [CompletionResult]::new('news', 'news', [CompletionResultType]::ParameterValue, 'Send 1 to 8 news articles (links with a title, description and picture)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file and print its media id (valid 3 days)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;wecom;help;text' {
            break
        }
        'corpmsg;wecom;help;markdown' {
            break
        }
        'corpmsg;wecom;help;image' {
            break
        }
        'corpmsg;wecom;help;file' {
            break
        }
        'corpmsg;wecom;help;textcard' {
            break
        }
        'corpmsg;wecom;help;news' {
            break
        }
        'corpmsg;wecom;help;upload' {
            break
        }
        'corpmsg;wecom;help;help' {
            break
        }
        'corpmsg;outbox' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages that wait in the outbox, and the dead ones')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Send every message that waits, oldest first')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Delete messages from the outbox (waiting or dead)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;outbox;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;outbox;flush' {
            [CompletionResult]::new('--max-age', '--max-age', [CompletionResultType]::ParameterName, 'Messages queued longer ago than this move to dead/ unsent (90s, 30m, 24h, 2d)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;outbox;drop' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every message, waiting or dead')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;outbox;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages that wait in the outbox, and the dead ones')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Send every message that waits, oldest first')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Delete messages from the outbox (waiting or dead)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;outbox;help;list' {
            break
        }
        'corpmsg;outbox;help;flush' {
            break
        }
        'corpmsg;outbox;help;drop' {
            break
        }
        'corpmsg;outbox;help;help' {
            break
        }
        'corpmsg;send' {
            [CompletionResult]::new('--content-file', '--content-file', [CompletionResultType]::ParameterName, 'Read the message text from FILE (`-` for standard input)')
            [CompletionResult]::new('--on-long', '--on-long', [CompletionResultType]::ParameterName, 'What to do with text over the length limit (Youdu 600, Fxiaoke 4000 characters or the profile''s text_limit, WeCom 2048 bytes)')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Recipients for every profile, separated by `|` or `,`; repeatable. Youdu accounts, Fxiaoke or WeCom user ids, so mostly useful with profiles of one provider (a profile whose provider cannot take them, such as a WeCom group robot, is reported and not notified) [default: each profile''s to_user and to_dept]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Recipients for every profile, separated by `|` or `,`; repeatable. Youdu accounts, Fxiaoke or WeCom user ids, so mostly useful with profiles of one provider (a profile whose provider cannot take them, such as a WeCom group robot, is reported and not notified) [default: each profile''s to_user and to_dept]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids for every profile, separated by `|` or `,`; repeatable (Youdu: 0 is the whole organisation; WeCom: party ids). A Fxiaoke profile or a WeCom group robot given -d is reported and not notified')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids for every profile, separated by `|` or `,`; repeatable (Youdu: 0 is the whole organisation; WeCom: party ids). A Fxiaoke profile or a WeCom group robot given -d is reported and not notified')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when a list exceeds one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;run' {
            [CompletionResult]::new('--when', '--when', [CompletionResultType]::ParameterName, 'When to notify')
            [CompletionResult]::new('--tail', '--tail', [CompletionResultType]::ParameterName, 'Lines of output to keep and send (the last N; 0 sends none)')
            [CompletionResult]::new('--title', '--title', [CompletionResultType]::ParameterName, 'First line of the notification [default: "NAME failed on HOST" or "NAME succeeded on HOST"]')
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Recipients for every profile, separated by `|` or `,`; repeatable. Youdu accounts, Fxiaoke or WeCom user ids, so mostly useful with profiles of one provider (a profile whose provider cannot take them, such as a WeCom group robot, is reported and not notified) [default: each profile''s to_user and to_dept]')
            [CompletionResult]::new('--to-user', '--to-user', [CompletionResultType]::ParameterName, 'Recipients for every profile, separated by `|` or `,`; repeatable. Youdu accounts, Fxiaoke or WeCom user ids, so mostly useful with profiles of one provider (a profile whose provider cannot take them, such as a WeCom group robot, is reported and not notified) [default: each profile''s to_user and to_dept]')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Department ids for every profile, separated by `|` or `,`; repeatable (Youdu: 0 is the whole organisation; WeCom: party ids). A Fxiaoke profile or a WeCom group robot given -d is reported and not notified')
            [CompletionResult]::new('--to-dept', '--to-dept', [CompletionResultType]::ParameterName, 'Department ids for every profile, separated by `|` or `,`; repeatable (Youdu: 0 is the whole organisation; WeCom: party ids). A Fxiaoke profile or a WeCom group robot given -d is reported and not notified')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--no-split', '--no-split', [CompletionResultType]::ParameterName, 'Refuse (exit 2) instead of sending several requests when a list exceeds one request')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;sandbox' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The address to serve on (a port of 0 takes a free one)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'Keep messages and uploads in this SQLite file across restarts (made if missing)')
            [CompletionResult]::new('--expect', '--expect', [CompletionResultType]::ParameterName, 'With CMD: exit 1 unless exactly N messages arrived')
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'How long the tokens it issues live, in seconds: a short one tests a client''s refresh')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--print-config', '--print-config', [CompletionResultType]::ParameterName, 'Print a config with one profile per provider kind, pointing at --listen, and exit')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;config' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config (mode 600) for one provider or several')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate every profile; with --online, also check its credentials with the server')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the config in use, with the environment''s overrides and every secret masked')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use (whether or not it exists)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;config;init' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'The provider(s) to write a profile for; several separated by `,`')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Overwrite an existing file')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;config;check' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('--online', '--online', [CompletionResultType]::ParameterName, 'Also fetch a new access token with each profile (network; nothing is sent; a WeCom group robot''s key is only checked for its shape)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;config;show' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;config;path' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;config;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config (mode 600) for one provider or several')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate every profile; with --online, also check its credentials with the server')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the config in use, with the environment''s overrides and every secret masked')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use (whether or not it exists)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;config;help;init' {
            break
        }
        'corpmsg;config;help;check' {
            break
        }
        'corpmsg;config;help;show' {
            break
        }
        'corpmsg;config;help;path' {
            break
        }
        'corpmsg;config;help;help' {
            break
        }
        'corpmsg;completions' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write one page per command into DIR (created if needed) instead of printing the top page')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: <config dir>/corpmsg/config.toml]')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (default: default_profile, or the only profile of the provider); `send` and `run` take several: -p ops -p crm')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Per-request timeout (connect and total)')
            [CompletionResult]::new('--retries', '--retries', [CompletionResultType]::ParameterName, 'Retries of a request that certainly did not reach the server (refused, DNS, TLS), at most 10')
            [CompletionResult]::new('--proxy', '--proxy', [CompletionResultType]::ParameterName, 'HTTP(S) proxy for every request but to NO_PROXY hosts (HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured without it)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'Extra CA certificates (PEM) to trust, for servers with a private CA')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Build and validate, print the requests as JSON lines, send nothing')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print one JSON result object per request on stdout')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings, only errors')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Say what was sent; -vv also shows each request (secrets masked)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Accept any TLS certificate (insecure; prefer --ca-cert)')
            [CompletionResult]::new('--outbox', '--outbox', [CompletionResultType]::ParameterName, 'Keep what could not reach its server in the outbox and send it later, exactly once (exit 8 when something was queued); also top-level `outbox = true` in the config')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'corpmsg;help' {
            [CompletionResult]::new('youdu', 'youdu', [CompletionResultType]::ParameterValue, 'Send Youdu (有度) messages')
            [CompletionResult]::new('fxiaoke', 'fxiaoke', [CompletionResultType]::ParameterValue, 'Send Fxiaoke (纷享销客) messages')
            [CompletionResult]::new('wecom', 'wecom', [CompletionResultType]::ParameterValue, 'Send WeCom (企业微信) messages, from an app or a group robot')
            [CompletionResult]::new('outbox', 'outbox', [CompletionResultType]::ParameterValue, 'List, send or drop the messages kept in the outbox')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send a text to each profile given by -p (any provider): fan-out')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a command, pass its output and exit status through, notify when it fails')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'Serve every provider''s API on this machine, with a web inbox: try corpmsg, test in CI')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Write, check, show or locate the config file')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff); --dir writes one page per command')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'corpmsg;help;youdu' {
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (600 characters)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (a local FILE is uploaded first)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Send a file (a local FILE is uploaded first)')
            [CompletionResult]::new('mpnews', 'mpnews', [CompletionResultType]::ParameterValue, 'Send 1 to 5 image-text articles (mpnews)')
            [CompletionResult]::new('link', 'link', [CompletionResultType]::ParameterValue, 'Send a link that opens a URL (with --sso, the client appends the user''s credentials)')
            [CompletionResult]::new('exlink', 'exlink', [CompletionResultType]::ParameterValue, 'Send 1 to 5 external links (exlink)')
            [CompletionResult]::new('sysmsg', 'sysmsg', [CompletionResultType]::ParameterValue, 'Send a system message (needs the sysMsgAssistant app)')
            [CompletionResult]::new('sms', 'sms', [CompletionResultType]::ParameterValue, 'Send an SMS notice (needs the sysSmsAssistant app)')
            [CompletionResult]::new('mail', 'mail', [CompletionResultType]::ParameterValue, 'Send a mail notice (needs the sysExmailAssistant app)')
            [CompletionResult]::new('popup', 'popup', [CompletionResultType]::ParameterValue, 'Open a desktop pop-up window on the recipients'' Youdu clients')
            [CompletionResult]::new('badge', 'badge', [CompletionResultType]::ParameterValue, 'Set the app''s badge (to-do count) for each account; --count 0 clears it')
            [CompletionResult]::new('session', 'session', [CompletionResultType]::ParameterValue, 'Post into a group chat session or a one-to-one chat, or create a session')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file and print its media id')
            break
        }
        'corpmsg;help;youdu;text' {
            break
        }
        'corpmsg;help;youdu;image' {
            break
        }
        'corpmsg;help;youdu;file' {
            break
        }
        'corpmsg;help;youdu;mpnews' {
            break
        }
        'corpmsg;help;youdu;link' {
            break
        }
        'corpmsg;help;youdu;exlink' {
            break
        }
        'corpmsg;help;youdu;sysmsg' {
            break
        }
        'corpmsg;help;youdu;sms' {
            break
        }
        'corpmsg;help;youdu;mail' {
            break
        }
        'corpmsg;help;youdu;popup' {
            break
        }
        'corpmsg;help;youdu;badge' {
            break
        }
        'corpmsg;help;youdu;session' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group session and print its id')
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Post a text into a session or a one-to-one chat')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Post an image into a session or a one-to-one chat (FILE is uploaded first)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Post a file into a session or a one-to-one chat (FILE is uploaded first)')
            [CompletionResult]::new('voice', 'voice', [CompletionResultType]::ParameterValue, 'Post a voice message (FILE is uploaded first, as voice)')
            [CompletionResult]::new('video', 'video', [CompletionResultType]::ParameterValue, 'Post a video (FILE is uploaded first, as video)')
            break
        }
        'corpmsg;help;youdu;session;create' {
            break
        }
        'corpmsg;help;youdu;session;text' {
            break
        }
        'corpmsg;help;youdu;session;image' {
            break
        }
        'corpmsg;help;youdu;session;file' {
            break
        }
        'corpmsg;help;youdu;session;voice' {
            break
        }
        'corpmsg;help;youdu;session;video' {
            break
        }
        'corpmsg;help;youdu;upload' {
            break
        }
        'corpmsg;help;fxiaoke' {
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message')
            [CompletionResult]::new('composite', 'composite', [CompletionResultType]::ParameterValue, 'Send a composite card: title, first line, labelled rows, remark and a link')
            [CompletionResult]::new('articles', 'articles', [CompletionResultType]::ParameterValue, 'Send 1 to 7 image-text articles (also the way to send a picture)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload an image and print its media id')
            break
        }
        'corpmsg;help;fxiaoke;text' {
            break
        }
        'corpmsg;help;fxiaoke;composite' {
            break
        }
        'corpmsg;help;fxiaoke;articles' {
            break
        }
        'corpmsg;help;fxiaoke;upload' {
            break
        }
        'corpmsg;help;wecom' {
            [CompletionResult]::new('text', 'text', [CompletionResultType]::ParameterValue, 'Send a text message (2048 bytes), from an app or a group robot')
            [CompletionResult]::new('markdown', 'markdown', [CompletionResultType]::ParameterValue, 'Send a markdown message (app 2048 bytes, robot 4096)')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Send an image (an app uploads FILE first; a robot sends it inline)')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Send a file (uploaded first)')
            [CompletionResult]::new('textcard', 'textcard', [CompletionResultType]::ParameterValue, 'Send a text card: a title, a description and a link (app only)')
            [CompletionResult]::new('news', 'news', [CompletionResultType]::ParameterValue, 'Send 1 to 8 news articles (links with a title, description and picture)')
            [CompletionResult]::new('upload', 'upload', [CompletionResultType]::ParameterValue, 'Upload a file and print its media id (valid 3 days)')
            break
        }
        'corpmsg;help;wecom;text' {
            break
        }
        'corpmsg;help;wecom;markdown' {
            break
        }
        'corpmsg;help;wecom;image' {
            break
        }
        'corpmsg;help;wecom;file' {
            break
        }
        'corpmsg;help;wecom;textcard' {
            break
        }
        'corpmsg;help;wecom;news' {
            break
        }
        'corpmsg;help;wecom;upload' {
            break
        }
        'corpmsg;help;outbox' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the messages that wait in the outbox, and the dead ones')
            [CompletionResult]::new('flush', 'flush', [CompletionResultType]::ParameterValue, 'Send every message that waits, oldest first')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Delete messages from the outbox (waiting or dead)')
            break
        }
        'corpmsg;help;outbox;list' {
            break
        }
        'corpmsg;help;outbox;flush' {
            break
        }
        'corpmsg;help;outbox;drop' {
            break
        }
        'corpmsg;help;send' {
            break
        }
        'corpmsg;help;run' {
            break
        }
        'corpmsg;help;sandbox' {
            break
        }
        'corpmsg;help;config' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Write a commented starter config (mode 600) for one provider or several')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate every profile; with --online, also check its credentials with the server')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print the config in use, with the environment''s overrides and every secret masked')
            [CompletionResult]::new('path', 'path', [CompletionResultType]::ParameterValue, 'Print the path of the config file in use (whether or not it exists)')
            break
        }
        'corpmsg;help;config;init' {
            break
        }
        'corpmsg;help;config;check' {
            break
        }
        'corpmsg;help;config;show' {
            break
        }
        'corpmsg;help;config;path' {
            break
        }
        'corpmsg;help;completions' {
            break
        }
        'corpmsg;help;man' {
            break
        }
        'corpmsg;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
