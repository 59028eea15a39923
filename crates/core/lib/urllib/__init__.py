# urllib: only urllib.parse here (no network of its own: aiohttp and requests fetch).
