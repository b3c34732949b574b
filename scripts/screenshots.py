"""Screenshots of the workbench on the example corpus, for the README: docs/screenshots/{index,story,source}.png.

    python scripts/screenshots.py [--chromium /usr/bin/chromium]

Analyses examples/corpus into a temporary store, serves it, and photographs the story index, the Kestrel Bay
story (its first claims, evidence opened) and the page of one of its sources, with the system Chromium."""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "web"))

from test_browser import ARGS, Server, cli  # noqa: E402  (the browser tests' server, reused)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    db = Path(tempfile.mkdtemp()) / "example.db"
    done = cli("analyze", str(ROOT / "examples" / "corpus"), "--db", str(db), "--quiet")
    if done.returncode:
        sys.exit(done.stderr)
    server = Server(db, None)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 760})
            page.goto(server.url + "/")
            page.screenshot(path=str(args.out / "index.png"))
            page.get_by_role("link", name="Owner says over 40 containers lost from Kestrel Bay").click()
            page.locator("article.claim details").first.locator("summary").click()
            page.screenshot(path=str(args.out / "story.png"), clip={"x": 0, "y": 0, "width": 1200, "height": 1300},
                            full_page=True)
            page.goto(server.url + "/sources/org%3Ahalvorsenshipping")
            page.screenshot(path=str(args.out / "source.png"))
            browser.close()
    finally:
        server.stop()
    print("wrote", *(args.out / f"{n}.png" for n in ("index", "story", "source")))


if __name__ == "__main__":
    main()
