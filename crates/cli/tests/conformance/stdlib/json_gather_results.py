# Gathered results written out as JSON, as tutorials end their crawlers.
import asyncio
import json


async def fetch(i):
    await asyncio.sleep(0.01 * (5 - i))
    if i == 2:
        raise TimeoutError(f"page {i} timed out")
    return {"id": i, "url": f"https://example.com/{i}", "title": f"Page {i}", "tags": ["a", "b"][: i % 3],
            "score": i / 4, "ok": i % 2 == 0, "next": None}


async def main():
    results = await asyncio.gather(*(fetch(i) for i in range(5)), return_exceptions=True)
    good = [r for r in results if not isinstance(r, Exception)]
    errors = [{"error": type(r).__name__, "message": str(r)} for r in results if isinstance(r, Exception)]
    report = {"count": len(good), "results": good, "errors": errors}
    print(json.dumps(report, indent=2))
    text = json.dumps(report, sort_keys=True)
    print(text)
    back = json.loads(text)
    print(back == report, back["results"][1]["score"], type(back["results"][0]["next"]).__name__)
    summary = {r["url"]: r["title"] for r in good}
    print(json.dumps(summary, indent=4, ensure_ascii=False))


asyncio.run(main())
