# argparse as pasted scripts declare their options: positionals, types,
# defaults, counts, choices, appends, flags, groups, subcommands; the help and
# usage laid out as CPython's; parse errors exit 2 with its messages.
import argparse

parser = argparse.ArgumentParser(prog="crawler.py", description="Crawl a site with asyncio and report the titles of its pages.", epilog="Be gentle with servers.")
parser.add_argument("url", help="the first page")
parser.add_argument("-n", "--workers", type=int, default=4, help="how many requests at once (default: %(default)s)")
parser.add_argument("--delay", type=float, default=0.5, metavar="SECONDS", help="pause between requests")
parser.add_argument("-v", "--verbose", action="count", default=0, help="say more")
parser.add_argument("--format", choices=["text", "json", "csv"], default="text")
parser.add_argument("--header", action="append", help="extra request header")
parser.add_argument("--dry-run", action="store_true", help="list the pages without fetching them")
parser.add_argument("paths", nargs="*", help="more paths to visit")
parser.print_help()
print(parser.format_usage(), end="")
for argv in [["http://x/"], ["http://x/", "a", "b", "-n", "8", "-vv", "--format=json", "--header", "A: 1", "--header", "B: 2", "--dry-run"],
             ["--delay", "2", "http://y/", "--workers=3"], ["-n3", "http://z/"]]:
    print(parser.parse_args(argv))
args = parser.parse_args(["http://x/", "-v"])
print(args.url, args.workers, args.verbose, args.dry_run, vars(args)["format"], "url" in args)
print(parser.parse_known_args(["http://x/", "--unknown", "1"]))
g = argparse.ArgumentParser(prog="tool")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--fast", action="store_true")
mx.add_argument("--slow", action="store_true")
g.add_argument("count", nargs="?", type=int, default=1)
print(g.parse_args([]), g.parse_args(["5", "--slow"]), g.format_usage(), end="")
for bad in [[], ["http://x/", "-n", "many"], ["http://x/", "--format", "xml"], ["http://x/", "--nope"], ["http://x/", "-n"]]:
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code)
try:
    g.parse_args(["--fast", "--slow"])
except SystemExit as e:
    print("exit", e.code)
pasted = argparse.ArgumentParser(description="A pasted script: no command-line arguments here.")
pasted.add_argument("--pages", type=int, default=3)
sub = pasted.add_subparsers(dest="command", help="what to do")
crawl = sub.add_parser("crawl", help="crawl the site")
crawl.add_argument("--depth", type=int, default=1)
print(pasted.parse_args(), pasted.parse_args(["crawl", "--depth", "2"]))
parser.parse_args(["--format", "pdf"])
