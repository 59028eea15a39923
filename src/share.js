// Share links and downloads, kept in JavaScript because they are made of
// browser streams and promises: the editors' programs compressed with the
// browser's own CompressionStream("deflate-raw") into the link's fragment
// (base64url), nothing stored anywhere; files handed to the browser as
// downloads; an SVG drawn into a canvas for a PNG.

// Decompressed text past this many bytes is a damaged (or hostile) link.
const LIMIT = 8 << 20;

// The bytes `stream` makes of `bytes`: [Uint8Array, whether it ended well].
// What came out before a failure is kept.
async function pipe(bytes, stream) {
  const reader = new Blob([bytes]).stream().pipeThrough(stream).getReader();
  const parts = [];
  let n = 0;
  let ok = true;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      parts.push(value);
      n += value.length;
      if (n > LIMIT) {
        ok = false;
        reader.cancel().catch(() => {});
        break;
      }
    }
  } catch (e) {
    ok = false;
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return [out, ok];
}

function toBase64url(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64url(code) {
  const s = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

// What a link packs: a header (a version, the demo site's settings, each
// program's length in UTF-16 units and a checksum), then the programs, A
// first. Version 1 holds two programs, version 2 two to four: a link with
// two is written as version 1, so older pages still open it.
const MAGIC = "async-playground ";
const VERSION = 2;

// FNV-1a over the UTF-16 units of `text`.
function checksum(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function payload(programs, latency, errors, real) {
  const all = programs.join("");
  const head = [latency, errors, real ? 1 : 0, ...programs.map((p) => p.length), checksum(all)];
  return `${MAGIC}${programs.length === 2 ? 1 : VERSION}\n${head.join(" ")}\n${all}`;
}

// [problem, programs, latency, errors, real] from a link's text; `ok`: the
// stream decompressed to its end. problem: "" or "share-damaged" (changed or
// damaged), "share-newer" (made by a newer page).
export function read(text, ok) {
  const bad = ["share-damaged", [], 0, 0, false];
  const lines = text.split("\n");
  const version = lines[0].startsWith(MAGIC) ? lines[0].slice(MAGIC.length) : "";
  if (!/^[0-9]+$/.test(version)) return bad;
  if (Number(version) > VERSION) return ["share-newer", [], 0, 0, false];
  const head = (lines[1] || "").split(" ");
  const count = head.length - 4;
  const counts = Number(version) === 1 ? [2] : [2, 3, 4];
  if (!ok || !counts.includes(count) || !head.every((f) => /^[0-9]+$/.test(f))) return bad;
  const [latency, errors, real, ...rest] = head.map(Number);
  const lengths = rest.slice(0, count);
  const body = lines.slice(2).join("\n");
  if (body.length !== lengths.reduce((x, y) => x + y, 0) || checksum(body) !== rest[count]) return bad;
  const programs = [];
  let at = 0;
  for (const n of lengths) {
    programs.push(body.slice(at, at + n));
    at += n;
  }
  return ["", programs, Math.min(latency, 10000), Math.min(errors, 100), real === 1];
}

// The base64url code of a fragment `#code=<code>.<its length>`: [problem,
// code], problem "share-cut" when the closing length, or part of it, is
// missing or says more was there; null when the fragment holds no code.
export function code(hash) {
  if (!hash.startsWith("#code=")) return null;
  const packed = hash.slice(6);
  const dot = packed.lastIndexOf(".");
  const code = dot < 0 ? packed : packed.slice(0, dot);
  const len = dot < 0 ? "" : packed.slice(dot + 1);
  const n = String(code.length);
  if (len === n && code.length > 0) {
    return [/^[A-Za-z0-9_-]+$/.test(code) ? "" : "share-damaged", code];
  }
  if (n.startsWith(len) || Number(len) > code.length) return ["share-cut", ""];
  return ["share-damaged", ""];
}

// The paragraph `id`, put in place by `place` when missing, removed when
// `html` is empty: the share status and the link notice are written here,
// outside the page's reactive views, in the language of the moment.
function paragraph(id, place, html, role) {
  let p = document.querySelector(`[data-testid="${id}"]`);
  if (!html) {
    if (p) p.remove();
    return;
  }
  if (!p) {
    p = document.createElement("p");
    p.dataset.testid = id;
    p.setAttribute("role", role);
    place(p);
  }
  p.className = id === "share-notice" ? "notice" : id;
  p.innerHTML = html;
}

const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

// Text between tags needs no quotes escaped (a program stays readable).
function escapeText(s) {
  return s.replace(/[&<>]/g, (c) => ENTITIES[c]);
}

// The `<iframe>` that embeds `url` (its query gains `embed=1`, `autorun=1`
// when asked and the theme unless "auto") `height` pixels tall, lazily loaded.
export function embedCode(url, autorun, height, theme = "auto") {
  const [page, fragment] = url.split("#");
  const src =
    page + "&embed=1" + (autorun ? "&autorun=1" : "") + (theme !== "auto" ? "&theme=" + theme : "") + (fragment ? "#" + fragment : "");
  return `<iframe src="${escapeHtml(src)}" width="100%" height="${height}" loading="lazy" title="Async Playground" style="border:1px solid #ccc;border-radius:6px"></iframe>`;
}

// The same programs for a page that includes embed.js (from `base`, this
// page's folder): a block per program, racing when there are several.
export function scriptCode(base, programs, lang, autorun, theme = "auto") {
  const shown = programs.slice();
  while (shown.length > 1 && !shown[shown.length - 1].trim()) shown.pop();
  const options = ` data-lang="${lang}"` + (theme !== "auto" ? ` data-theme="${theme}"` : "") + (autorun ? " data-autorun" : "");
  const blocks = shown.map((code, k) => {
    const race = shown.length === 1 ? "" : k === 0 ? " data-sync" : " data-async";
    return `<pre class="async-playground"${race}>\n${escapeText(code)}</pre>`;
  });
  return `<script src="${escapeHtml(base)}embed.js"${options} defer></script>\n` + blocks.join("\n");
}

// Make the link to this page with `query` and the programs and settings
// packed into its fragment, copy it, and show it under the toolbar with its
// length, with a warning past 8 KB, and the code that embeds it (whether it
// runs on load, its height, its theme; an iframe or blocks for embed.js).
// `words`: "copied|to copy|characters|warning|failure|embed|run on load|
// height|theme|system|light|dark|form" in the page's language.
export function packLink(programs, latency, errors, real, query, words) {
  const [copied, copy, chars, long, failed, embed, autorun, height, theme, system, light, dark, form] = words.split("|");
  const below = (p) => document.querySelector("[role=toolbar]")?.after(p);
  const show = (html) => paragraph("share-status", below, html, "status");
  const lang = /lang=zh/.test(query) ? "zh" : "en";
  pipe(new TextEncoder().encode(payload(programs, latency, errors, real)), new CompressionStream("deflate-raw"))
    .then(([bytes]) => {
      const c = toBase64url(bytes);
      const base = location.href.split(/[?#]/)[0];
      const url = base + query + "#code=" + c + "." + c.length;
      const choice = (id, label, options) =>
        `<label>${label} <select data-testid="${id}">` +
        options.map(([value, text]) => `<option value="${value}">${text}</option>`).join("") +
        `</select></label> `;
      const done = (ok) => {
        let text = `${ok ? copied : copy} · ${url.length} ${chars}`;
        if (url.length > 8192) text = `<strong data-testid="share-long">${text} · ${long}</strong>`;
        show(
          `${text}<input readonly data-testid="share-link" value="${escapeHtml(url)}">` +
            `<details class="embed"><summary>${embed}</summary>` +
            `<label><input type="checkbox" data-testid="embed-autorun"> ${autorun}</label> ` +
            `<label>${height} <input type="number" data-testid="embed-height" value="600" min="200" max="2000" step="50"></label> ` +
            choice("embed-theme", theme, [["auto", system], ["light", light], ["dark", dark]]) +
            choice("embed-form", form, [["iframe", "&lt;iframe&gt;"], ["script", "embed.js"]]) +
            `<textarea readonly rows="3" data-testid="embed-code" aria-label="${embed}"></textarea></details>`,
        );
        const p = document.querySelector('[data-testid="share-status"]');
        const field = (id) => p.querySelector(`[data-testid="${id}"]`);
        const update = () => {
          const [run, look] = [field("embed-autorun").checked, field("embed-theme").value];
          field("embed-height").disabled = field("embed-form").value === "script";
          field("embed-code").value =
            field("embed-form").value === "script"
              ? scriptCode(base.replace(/[^/]*$/, ""), programs, lang, run, look)
              : embedCode(url, run, Number(field("embed-height").value) || 600, look);
        };
        p.oninput = update;
        update();
      };
      const clip = navigator.clipboard;
      (clip ? clip.writeText(url) : Promise.reject()).then(() => done(true), () => done(false));
    })
    .catch(() => show(failed));
}

// Show `text` in the notice at the top of the page (none when empty).
export function linkNotice(text) {
  const above = (p) => document.querySelector(".page")?.before(p);
  paragraph("share-notice", above, escapeHtml(text), "alert");
}

// Whether the page's address holds a share link; if so, `done(problem,
// programs, latency, errors, real)` once it is read (see `read` and `code`).
// When its programs differ from the learner's saved edits (localStorage
// `keys`, one per program of the lesson), the learner is asked `question`
// first; saying no is the problem "share-kept".
export function openLink(done, keys, question) {
  const found = code(location.hash);
  if (!found) return false;
  const give = (r) => {
    const saved = keys.map((k) => {
      try {
        return localStorage.getItem(k);
      } catch (e) {
        return null;
      }
    });
    const differs = !r[0] && saved.some((s, i) => s !== null && s !== (r[1][i] ?? ""));
    if (differs && !confirm(question)) r = ["share-kept", [], 0, 0, false];
    if (!r[0]) showSettings(r[2], r[3], r[4]);
    done(...r);
  };
  if (found[0]) {
    give([found[0], [], 0, 0, false]);
    return true;
  }
  let bytes;
  try {
    bytes = fromBase64url(found[1]);
  } catch (e) {
    give(read("", false));
    return true;
  }
  pipe(bytes, new DecompressionStream("deflate-raw"))
    .then(([out, ok]) => give(read(new TextDecoder().decode(out), ok)))
    .catch(() => give(read("", false)));
  return true;
}

// Show the demo site's settings a link brought in their inputs.
function showSettings(latency, errors, real) {
  const input = (id) => document.querySelector(`[data-testid="${id}"]`) || {};
  input("site-latency").value = String(latency);
  input("site-errors").value = String(errors);
  input("site-real-server").checked = real;
}

function save(blob, name) {
  // The export menu closes once it has given its file.
  document.querySelector("details.export[open]")?.removeAttribute("open");
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60000);
}

// Hand a file to the browser as the download `name`, by `kind`:
// "consoles" (the consoles as text, each under its program's name, `text`
// being "A|B|…"; the modules hint, which is not output, left out), "png"
// (the SVG `text` drawn into a canvas at twice its size), else `text`
// itself, of MIME type `kind`.
export function download(kind, text, name) {
  if (kind === "consoles") {
    let all = "";
    text.split("|").forEach((program, i) => {
      let body = "";
      document.querySelector(`[data-testid="console-${"abcd"[i]}"]`)?.childNodes.forEach((n) => {
        if (!n.classList?.contains("hint")) body += n.textContent;
      });
      all += `== ${program} ==\n${body}${body && !body.endsWith("\n") ? "\n" : ""}`;
    });
    save(new Blob([all], { type: "text/plain" }), name);
  } else if (kind === "png") {
    const img = new Image();
    const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
    img.onload = () => {
      const canvas = document.createElement("canvas");
      canvas.width = img.width * 2;
      canvas.height = img.height * 2;
      const g = canvas.getContext("2d");
      g.scale(2, 2);
      g.drawImage(img, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => blob && save(blob, name), "image/png");
    };
    img.src = url;
  } else {
    save(new Blob([text], { type: kind }), name);
  }
}
