#!/usr/bin/env python3
"""Times whole runs of corpmsg, curl and (when installed) Apprise against the mock Youdu server.

Run by bench/run, which builds what this needs; see BENCHMARKS.md. This script starts the mock,
prepares each case and checks what the mock saw; bench/src/runner.rs starts and reaps every timed
process and reports its wall time and its own peak resident set size. Starting a process costs
the same for every command measured, so the numbers compare.

Only the standard library: the script runs wherever python3 does.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

AES_KEY = "COdaZysb0+xJlFZHIFuohJE/FCW0Mf6ZopttvE8W0LE="
APP_ID = "yd06AB76EC519B4130A802224B4C60F689"
BUIN = 707168
TOKEN = "bench-token"  # what the mock hands out
TEXT = "Backup finished on db-1: 42 GiB in 318 s"

# Targets from issue 7.
DRY_RUN_MS = 3.0
SEND_RATIO = 1.0
SEND_RSS_MIB = 6.0
UPLOAD_RSS_FACTOR = 3.0
# Targets from issue 20.
UPLOAD_RSS_MIB = 16.0
UPLOAD_RATIO = 1.3
BINARY_MIB = 6.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpmsg", required=True)
    ap.add_argument("--mock", required=True)
    ap.add_argument("--runner", required=True)
    ap.add_argument("--apprise", help="the apprise command, if installed")
    ap.add_argument("--criterion", help="criterion's output folder, to fold in its throughputs")
    ap.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", "200")))
    ap.add_argument("--json", help="write the results here too")
    args = ap.parse_args()
    curl = shutil.which("curl")
    if not curl:
        sys.exit("bench: curl is needed (apt-get install curl)")
    global RUNNER
    RUNNER = args.runner

    work = tempfile.mkdtemp(prefix="corpmsg-bench-")
    mock = subprocess.Popen(
        [args.mock, AES_KEY, APP_ID], stdout=subprocess.PIPE, text=True
    )
    try:
        port = int(mock.stdout.readline())
        bench = Bench(args, work, port, curl)
        results = bench.run_all()
    finally:
        mock.kill()
        shutil.rmtree(work, ignore_errors=True)

    print_report(results)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return 0


class Bench:
    def __init__(self, args, work, port, curl):
        self.args = args
        self.work = work
        self.base = f"http://127.0.0.1:{port}"
        self.curl = curl
        home = os.path.join(work, "home")
        os.makedirs(home)
        config = os.path.join(work, "config.toml")
        with open(config, "w") as f:
            f.write(
                f'[profiles.ops]\nprovider = "youdu"\nurl = "{self.base}"\n'
                f'buin = {BUIN}\napp_id = "{APP_ID}"\naes_key = "{AES_KEY}"\n'
                # WeCom, for an upload without encryption (the mock answers its token and upload)
                f'[profiles.wx]\nprovider = "wecom"\nurl = "{self.base}"\ncorp_id = "wwbench"\n'
                f'corp_secret = "bench-secret"\nagent_id = 1000002\n'
            )
        os.chmod(config, 0o600)
        self.cache = os.path.join(work, "cache")
        # A clean environment: no proxy, no user config, nothing of the caller's corpmsg.
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "LANG": "C.UTF-8",
            "CORPMSG_CONFIG": config,
            "CORPMSG_CACHE_DIR": self.cache,
        }
        self.users = os.path.join(work, "users.txt")
        with open(self.users, "w") as f:
            f.writelines(f"user{i:05}\n" for i in range(10000))

    # -- the mock's counters and kept bodies

    def mock(self, method, path):
        req = urllib.request.Request(self.base + path, method=method, data=b"" if method == "POST" else None)
        with urllib.request.urlopen(req) as r:
            return r.read()

    def reset(self):
        self.mock("POST", "/_bench/reset")

    def stats(self):
        return json.loads(self.mock("GET", "/_bench/stats"))

    def kept_body(self, n, name):
        path = os.path.join(self.work, name)
        with open(path, "wb") as f:
            f.write(self.mock("GET", f"/_bench/body/{n}"))
        return path

    def curl_post(self, path, body_file, ctype="application/json; charset=UTF-8"):
        return [
            self.curl, "-sS", "--fail", "-o", "/dev/null",
            "-H", f"content-type: {ctype}",
            "--data-binary", f"@{body_file}", self.base + path,
        ]

    def multipart_like(self, file_len, name):
        """A multipart body the size of corpmsg's upload of `file_len` bytes: the same fields,
        and a file part of the Base64 length of its encryption envelope."""
        padded = ((16 + 4 + file_len + len(APP_ID)) // 32 + 1) * 32
        text_len = (padded + 2) // 3 * 4
        boundary = "corpmsg-bench-boundary"
        head = "".join(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'
            for k, v in (("buin", BUIN), ("appId", APP_ID), ("encrypt", "A" * 88))
        )
        head += (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="file"\r\n'
                 "Content-Type: text/plain\r\n\r\n")
        path = os.path.join(self.work, name)
        with open(path, "wb") as f:
            f.write(head.encode())
            chunk = b"QUJD" * (1 << 18)
            left = text_len
            while left:
                f.write(chunk[:min(left, len(chunk))])
                left -= min(left, len(chunk))
            f.write(f"\r\n--{boundary}--\r\n".encode())
        return path, f"multipart/form-data; boundary={boundary}"

    def curl_upload(self, body_file, ctype, path="/cgi/media/upload?accessToken=" + TOKEN):
        """curl streaming a body file (`-T`, not read into memory first) as a POST."""
        return [
            self.curl, "-sS", "--fail", "-o", "/dev/null", "-X", "POST",
            "-H", f"content-type: {ctype}", "-T", body_file, self.base + path,
        ]

    def multipart_of(self, size, name):
        """A multipart body of exactly `size` bytes: one file part, filled."""
        boundary = "corpmsg-bench-boundary"
        head = (f'--{boundary}\r\nContent-Disposition: form-data; name="media"; filename="f.bin"\r\n'
                "Content-Type: application/octet-stream\r\n\r\n").encode()
        tail = f"\r\n--{boundary}--\r\n".encode()
        path = os.path.join(self.work, name)
        with open(path, "wb") as f:
            f.write(head)
            left = size - len(head) - len(tail)
            chunk = b"x" * (1 << 20)
            while left:
                f.write(chunk[:min(left, len(chunk))])
                left -= min(left, len(chunk))
            f.write(tail)
        return path, f"multipart/form-data; boundary={boundary}"

    def corpmsg(self, *argv):
        return [self.args.corpmsg, *argv]

    def check(self, label, cmd, requests, connections=None, env=None):
        """Runs once and checks what the mock saw, so that each row measures what it says."""
        self.reset()
        run_checked(cmd, env or self.env)
        s = self.stats()
        if s["requests"] != requests or (connections and s["connections"] != connections):
            sys.exit(f"bench: {label}: the mock saw {s}, expected {requests} requests"
                     + (f" on {connections} connection(s)" if connections else ""))
        return s

    # -- the scenarios

    def run_all(self):
        n = self.args.runs
        out = {"machine": machine(), "runs": n, "rows": []}
        rows = out["rows"]
        send = "/cgi/msg/send?accessToken=" + TOKEN

        # (a) cold start of a dry run
        dry = self.corpmsg("youdu", "text", "--dry-run", "-u", "alice", TEXT)
        rows.append(row("a", "dry run, `youdu text --dry-run`", "corpmsg", sample(dry, self.env, n)))

        # (b) a send with a cached token, against curl posting the same encrypted body
        text = self.corpmsg("youdu", "text", "-u", "alice", TEXT)
        run_checked([text], self.env)  # fills the token cache
        self.check("cached send", text, requests=1)
        body = self.kept_body(0, "send.json")
        ours, theirs = sample_pair(text, self.curl_post(send, body), self.env, n)
        rows.append(row("b", "send, token cached (1 request)", "corpmsg", ours))
        rows.append(row("b", "same body posted by `curl`", "curl", theirs))

        # (c) a send with an empty token cache: gettoken, then send
        cold = dict(self.env, CORPMSG_CACHE_DIR=os.path.join(self.work, "cold"))
        self.check("empty-cache send", text, requests=2, env=cold)
        token_body = self.kept_body(0, "gettoken.json")
        body2 = self.kept_body(1, "send2.json")
        curl_two = [self.curl_post("/cgi/gettoken", token_body), self.curl_post(send, body2)]
        ours, theirs = sample_pair(text, curl_two, self.env, n, fresh_a="CORPMSG_CACHE_DIR")
        rows.append(row("c", "send, empty token cache (2 requests)", "corpmsg", ours))
        rows.append(row("c", "the same 2 requests, 2 `curl` runs", "curl", theirs))

        # (d) 10000 recipients: ten requests of 1000 on one kept-alive connection
        many = self.corpmsg("youdu", "text", "--to-user-file", self.users, TEXT)
        self.check("10000 recipients", many, requests=10, connections=1)
        bodies = [self.kept_body(i, f"send-{i}.json") for i in range(10)]
        ten = [self.curl_post(send, b) for b in bodies]
        self.check("10 curl runs", ten, requests=10, connections=10)
        # curl at its best: one run, ten URLs with --next, one kept-alive connection
        one = [self.curl, "-sS", "--fail"]
        for i, b in enumerate(bodies):
            if i:
                one.append("--next")
            one += ["-o", "/dev/null", "-H", "content-type: application/json; charset=UTF-8",
                    "--data-binary", f"@{b}", self.base + send]
        self.check("curl --next", one, requests=10, connections=1)
        m = max(20, n // 4)
        ours, theirs = sample_pair(many, ten, self.env, m)
        rows.append(row("d", "10000 recipients (10 requests, 1 connection)", "corpmsg", ours))
        rows.append(row("d", "the same 10 bodies, 10 `curl` runs", "curl", theirs))
        rows.append(row("d", "the same 10 bodies, 1 `curl` run with `--next`", "curl", sample(one, self.env, m)))

        # uploads: peak memory against the file's size, and time against curl posting a
        # multipart body of the same size (built here: the mock only counts upload bodies)
        for mib in (10, 50, 200):
            path = os.path.join(self.work, f"file-{mib}.bin")
            with open(path, "wb") as f:
                for _ in range(mib):
                    f.write(os.urandom(1 << 20))
            up = self.corpmsg("youdu", "upload", "--type", "file", path)
            ours_bytes = self.check(f"upload {mib} MiB", up, requests=1)["bytes"]
            body, ctype = self.multipart_like(mib << 20, f"body-{mib}.bin")
            theirs = self.curl_upload(body, ctype)
            their_bytes = self.check(f"curl upload {mib} MiB", theirs, requests=1)["bytes"]
            if abs(ours_bytes - their_bytes) > 1024:
                sys.exit(f"bench: the {mib} MiB bodies differ: {ours_bytes} and {their_bytes} bytes")
            s, c = sample_pair(up, theirs, self.env, 5, warmup=1)
            s["file_mib"] = mib
            c["file_mib_curl"] = mib
            rows.append(row("e", f"`youdu upload` of a {mib} MiB file", "corpmsg", s))
            rows.append(row("e", f"the same size of multipart body, `curl -T` ({mib} MiB file)", "curl", c))
            os.remove(path)
            os.remove(body)

        # WeCom's upload of a file at its 20 MiB limit: the same body machinery, no encryption
        mib = 20
        path = os.path.join(self.work, f"file-wx-{mib}.bin")
        with open(path, "wb") as f:
            for _ in range(mib):
                f.write(os.urandom(1 << 20))
        wx = self.corpmsg("-p", "wx", "wecom", "upload", "--type", "file", path)
        run_checked([wx], self.env)  # fills the token cache
        wx_bytes = self.check("wecom upload", wx, requests=1)["bytes"]
        body_wx, ctype_wx = self.multipart_of(wx_bytes, "body-wx.bin")
        theirs_wx = self.curl_upload(body_wx, ctype_wx, "/cgi-bin/media/upload?access_token=t&type=file")
        self.check("curl wecom upload", theirs_wx, requests=1)
        s, c = sample_pair(wx, theirs_wx, self.env, 10, warmup=1)
        s["wecom_mib"] = mib
        c["wecom_mib_curl"] = mib
        rows.append(row("e", f"`wecom upload` of a {mib} MiB file (no encryption)", "corpmsg", s))
        rows.append(row("e", f"the same size of multipart body, `curl -T` (WeCom, {mib} MiB)", "curl", c))
        os.remove(path)
        os.remove(body_wx)

        # Apprise, the general notifier, as a reference: its JSON notifier to the same server
        if self.args.apprise:
            k = max(5, n // 20)
            url = self.base.replace("http://", "json://") + "/apprise"
            ap = [self.args.apprise, "-b", TEXT, url]
            self.check("apprise", ap, requests=1)
            rows.append(row("a", "dry run, `apprise --dry-run`", "Apprise",
                            sample([self.args.apprise, "--dry-run", "-b", TEXT, url], self.env, k)))
            rows.append(row("b", "send, `apprise json://`", "Apprise", sample(ap, self.env, k)))

        out["binary"] = binary_sizes(self.args.corpmsg)
        if self.args.criterion:
            out["throughput"] = criterion_results(self.args.criterion)
        out["rss_floor_kib"] = FLOOR[0]
        return out


# -- running and timing: bench/src/runner.rs starts and reaps every process


RUNNER = None  # set in main
FLOOR = [0]


def as_seq(cmd):
    return [cmd] if isinstance(cmd[0], str) else cmd


def runner(commands, runs, warmup):
    """Runs the plan; returns the samples of each command as lists of (ms, KiB)."""
    plan = {"runs": runs, "warmup": warmup, "commands": commands}
    p = subprocess.run([RUNNER], input=json.dumps(plan), capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(p.stderr.strip() or f"bench: the runner failed ({p.returncode})")
    out = json.loads(p.stdout)
    FLOOR[0] = max(FLOOR[0], out["floor_kib"])
    return out["samples"]


def command(cmd, env, fresh_dir=None):
    c = {"seq": as_seq(cmd), "env": env}
    if fresh_dir:
        c["fresh_dir"] = fresh_dir
    return c


def run_checked(cmds, env):
    runner([command(cmds, env)], 1, 0)


def summarise(samples):
    times = [t for t, _ in samples]
    rss = [r for _, r in samples]
    return {
        "median_ms": statistics.median(times),
        "min_ms": min(times),
        "max_ms": max(times),
        "rss_median_mib": statistics.median(rss) / 1024,
        "rss_max_mib": max(rss) / 1024,
        "n": len(times),
    }


def sample(cmd, env, n, warmup=5, fresh_dir=None):
    return summarise(runner([command(cmd, env, fresh_dir)], n, warmup)[0])


def sample_pair(a, b, env, n, warmup=5, fresh_a=None):
    """Samples two commands in alternation, so that both see the same machine."""
    sa, sb = runner([command(a, env, fresh_a), command(b, env)], n, warmup)
    return summarise(sa), summarise(sb)


def row(case, what, tool, s):
    return {"case": case, "what": what, "tool": tool, **s}


# -- the rest


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    versions = {}
    for name, cmd in (("corpmsg", None), ("curl", ["curl", "--version"]), ("rustc", ["rustc", "--version"])):
        if cmd:
            try:
                versions[name] = subprocess.run(cmd, capture_output=True, text=True).stdout.splitlines()[0]
            except (OSError, IndexError):
                versions[name] = "not found"
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(mem, 1),
        "kernel": os.uname().release,
        **versions,
    }


def binary_sizes(path):
    sizes = {"as_built_bytes": os.path.getsize(path)}
    strip = shutil.which("strip")
    if strip:
        with tempfile.TemporaryDirectory() as d:
            out = os.path.join(d, "corpmsg")
            subprocess.run([strip, "--strip-all", "-o", out, path], check=True)
            sizes["stripped_bytes"] = os.path.getsize(out)
    return sizes


def criterion_results(folder):
    """Median time and throughput of each criterion benchmark."""
    found = []
    for root, _, files in os.walk(folder):
        if os.path.basename(root) != "new" or "estimates.json" not in files:
            continue
        with open(os.path.join(root, "benchmark.json")) as f:
            meta = json.load(f)
        with open(os.path.join(root, "estimates.json")) as f:
            est = json.load(f)
        ns = est["median"]["point_estimate"]
        item = {"id": meta["full_id"], "median_ns": ns}
        tp = meta.get("throughput") or {}
        if "Bytes" in tp:
            item["mb_per_s"] = tp["Bytes"] / ns * 1e3  # bytes per ns = GB/s; ×1000 = MB/s
        if "Elements" in tp:
            item["elements_per_s"] = tp["Elements"] / ns * 1e9
        found.append(item)
    return sorted(found, key=lambda i: i["id"])


def print_report(r):
    rows = r["rows"]
    print(f"\n## Results ({r['runs']} runs a row unless n says otherwise)\n")
    print("| case | what | tool | median ms | min ms | max ms | peak RSS MiB (median / max) | n |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for x in sorted(rows, key=lambda x: x["case"]):
        print(f"| {x['case']} | {x['what']} | {x['tool']} | {x['median_ms']:.2f} | {x['min_ms']:.2f} "
              f"| {x['max_ms']:.2f} | {x['rss_median_mib']:.1f} / {x['rss_max_mib']:.1f} | {x['n']} |")

    def find(case, tool, what=""):
        return next(x for x in rows if x["case"] == case and x["tool"] == tool and what in x["what"])

    b = r["binary"]
    print("\n## Targets\n")
    print("| target | measured | met |")
    print("| --- | --- | --- |")
    checks = []
    dry = find("a", "corpmsg")["median_ms"]
    checks.append((f"dry-run cold start median ≤ {DRY_RUN_MS} ms", f"{dry:.2f} ms", dry <= DRY_RUN_MS))
    ratio = find("b", "corpmsg")["median_ms"] / find("b", "curl")["median_ms"]
    checks.append((f"cached send ÷ curl (medians) ≤ {SEND_RATIO}", f"{ratio:.2f}", ratio <= SEND_RATIO))
    ratio_d = find("d", "corpmsg")["median_ms"] / find("d", "curl", "10 `curl` runs")["median_ms"]
    checks.append(("10000 recipients ÷ 10 curl runs (medians)", f"{ratio_d:.2f}", None))
    rss = find("b", "corpmsg")["rss_max_mib"]
    checks.append((f"peak RSS of a text send ≤ {SEND_RSS_MIB} MiB", f"{rss:.1f} MiB", rss <= SEND_RSS_MIB))
    for x in rows:
        if "file_mib" in x:
            mib = x["file_mib"]
            rss = x["rss_max_mib"]
            checks.append((f"upload of {mib} MiB: peak RSS ≤ {UPLOAD_RSS_MIB} MiB (and ≤ {UPLOAD_RSS_FACTOR} × the file)",
                           f"{rss:.1f} MiB = {rss / mib:.2f}×", rss <= UPLOAD_RSS_MIB and rss / mib <= UPLOAD_RSS_FACTOR))
            curl = next((y for y in rows if y.get("file_mib_curl") == mib), None)
            if curl and mib >= 50:
                ratio = x["median_ms"] / curl["median_ms"]
                checks.append((f"upload of {mib} MiB ÷ curl (medians) ≤ {UPLOAD_RATIO}",
                               f"{x['median_ms']:.0f} ÷ {curl['median_ms']:.0f} = {ratio:.2f}", ratio <= UPLOAD_RATIO))
        if "wecom_mib" in x:
            mib = x["wecom_mib"]
            curl = next(y for y in rows if y.get("wecom_mib_curl") == mib)
            ratio = x["median_ms"] / curl["median_ms"]
            checks.append((f"WeCom upload of {mib} MiB (no encryption) ÷ curl (medians) ≤ {UPLOAD_RATIO}",
                           f"{x['median_ms']:.0f} ÷ {curl['median_ms']:.0f} = {ratio:.2f}, {x['rss_max_mib']:.1f} MiB",
                           ratio <= UPLOAD_RATIO))
    size = b.get("stripped_bytes", b["as_built_bytes"]) / 2**20
    checks.append((f"stripped release binary ≤ {BINARY_MIB} MiB", f"{size:.2f} MiB "
                   f"(as built {b['as_built_bytes'] / 2**20:.2f})", size <= BINARY_MIB))
    for what, got, ok in checks:
        print(f"| {what} | {got} | {'' if ok is None else ('yes' if ok else '**no**')} |")

    if r.get("throughput"):
        print("\n## Throughput (criterion, median)\n")
        print("| benchmark | median | throughput |")
        print("| --- | ---: | ---: |")
        for t in r["throughput"]:
            if "mb_per_s" in t:
                rate = f"{t['mb_per_s']:.0f} MB/s"
            elif "elements_per_s" in t:
                rate = f"{t['elements_per_s'] / 1e6:.1f} M recipients/s"
            else:
                rate = ""
            print(f"| {t['id']} | {fmt_ns(t['median_ns'])} | {rate} |")

    print(f"\nPeak RSS is each process's own (wait4's ru_maxrss); the runner that starts them peaks "
          f"at {r['rss_floor_kib'] / 1024:.1f} MiB, below which a peak could not be seen.")
    m = r["machine"]
    print(f"\nMachine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Linux {m['kernel']}; "
          f"{m.get('curl', '')}; {m.get('rustc', '')}")


def fmt_ns(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.2f} {unit}"
    return f"{ns:.0f} ns"


if __name__ == "__main__":
    sys.exit(main())
