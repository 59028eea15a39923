// Async Playground in a tutorial page: include this script once,
//
//   <script src="https://<where the playground is>/embed.js" defer></script>
//
// and every `<pre class="async-playground">` block (or element with
// `data-async-playground`) becomes a runner of its Python program, made as
// it scrolls into view. A block marked `data-sync` directly followed by one
// to three marked `data-async` becomes one runner racing them (A, B, C, D)
// on one time axis. Options on a block (or, for every block, on this
// script's tag): `data-autorun` (run once loaded), `data-lang="zh"` or
// "en" (else the page's `lang`), `data-theme="light"` or "dark" (else the
// reader's system decides). The block's text stays in the page, hidden,
// for readers without scripts. The runner is the playground's page with
// `?embed=1`, driven by its message API (embed-api.js): it takes commands
// from this page's origin only, and its height follows its content.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const base = new URL(".", script.src);
  const blocks = Array.from(document.querySelectorAll("pre.async-playground, [data-async-playground]"));

  // One runner per block, or per data-sync block and the data-async ones
  // right after it (a lesson holds up to four programs).
  const runners = [];
  for (let k = 0; k < blocks.length; k++) {
    const group = [blocks[k]];
    if (blocks[k].hasAttribute("data-sync")) {
      while (group.length < 4) {
        const next = blocks[k + group.length];
        if (!next?.hasAttribute("data-async") || group[group.length - 1].nextElementSibling !== next) break;
        group.push(next);
      }
    }
    runners.push(group);
    k += group.length - 1;
  }

  function option(block, name) {
    return block.dataset[name] || script.dataset[name] || "";
  }

  function language(block) {
    const lang = option(block, "lang") || document.documentElement.lang || "en";
    return lang.toLowerCase().startsWith("zh") ? "zh" : "en";
  }

  function make(group) {
    const first = group[0];
    const programs = group.map((b) => b.textContent.replace(/^\n/, ""));
    if (programs.length === 1) programs.push("");
    const url = new URL(base);
    url.searchParams.set("embed", "1");
    url.searchParams.set("lang", language(first));
    // The runner shows as many programs as its lesson has: lessons 14 and
    // 12 hold three and four (their labels are hidden once code is set).
    if (group.length > 2) url.searchParams.set("lesson", group.length === 3 ? "pools" : "ways-to-fetch");
    const theme = option(first, "theme");
    if (theme === "light" || theme === "dark") url.searchParams.set("theme", theme);
    url.searchParams.set("origins", location.origin);
    const frame = document.createElement("iframe");
    frame.src = url.href;
    frame.title = "Async Playground";
    frame.className = "async-playground-runner";
    frame.style.cssText = "display:block;box-sizing:border-box;width:100%;height:600px;border:1px solid #ccc;border-radius:6px";
    const autorun = group.some((b) => b.hasAttribute("data-autorun")) || script.hasAttribute("data-autorun");
    window.addEventListener("message", (e) => {
      if (e.source !== frame.contentWindow || e.origin !== base.origin) return;
      const m = e.data || {};
      if (m.playground === "ready") {
        frame.contentWindow.postMessage({ playground: "set-code", programs }, base.origin);
        if (autorun) frame.contentWindow.postMessage({ playground: "run" }, base.origin);
      } else if (m.playground === "resize" && m.height > 0) {
        frame.style.height = `${Math.min(m.height + 2, 3000)}px`;
      }
    });
    first.before(frame);
    for (const b of group) b.hidden = true;
  }

  // Made as they come near the viewport (all at once without IntersectionObserver).
  if (!("IntersectionObserver" in window)) {
    runners.forEach(make);
    return;
  }
  const waiting = new Map(runners.map((g) => [g[0], g]));
  const seen = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting || !waiting.has(e.target)) continue;
        make(waiting.get(e.target));
        waiting.delete(e.target);
        seen.unobserve(e.target);
      }
    },
    { rootMargin: "200px" },
  );
  for (const block of waiting.keys()) seen.observe(block);
})();
