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

// The link to this page with `query` and `text` packed into its fragment
// (`#code=<base64url>.<its length>`), copied to the clipboard:
// `done(url, copied)`.
export function packLink(text, query, done) {
  pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw"))
    .then(([bytes]) => {
      const code = toBase64url(bytes);
      const url = location.href.split(/[?#]/)[0] + query + "#code=" + code + "." + code.length;
      const clip = navigator.clipboard;
      (clip ? clip.writeText(url) : Promise.reject())
        .then(() => done(url, true), () => done(url, false));
    })
    .catch(() => done("", false));
}

// The text packed into a link's base64url `code`: `done(text, ok)`; after a
// failure, `text` is what came out before it.
export function unpackLink(code, done) {
  let bytes;
  try {
    bytes = fromBase64url(code);
  } catch (e) {
    done("", false);
    return;
  }
  pipe(bytes, new DecompressionStream("deflate-raw"))
    .then(([out, ok]) => done(new TextDecoder().decode(out), ok))
    .catch(() => done("", false));
}

// Show the demo site's settings a link brought in their inputs.
export function showSettings(latency, errors, real) {
  const input = (id) => document.querySelector(`[data-testid="${id}"]`) || {};
  input("site-latency").value = String(latency);
  input("site-errors").value = String(errors);
  input("site-real-server").checked = real;
}

function save(blob, name) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60000);
}

// Hand `text` to the browser as the download `name`.
export function download(text, name, type) {
  save(new Blob([text], { type }), name);
}

// Draw the SVG `svg` (width and height in its attributes) into a canvas at
// twice its size and download it as the PNG `name`.
export function downloadPng(svg, name) {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
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
}
