// Going back over a finished run: Play moves the playhead on its own at 1×
// or 0.25×, ←/→ on the playhead slider (or the ‹ › buttons) go from one
// event of the run to the next, and − + (or Ctrl+wheel on a timeline) zoom
// the time axis of all timelines together, which then pan sideways as one. Everything moves the slider and tells the
// app with an `input` event, so the timelines, the editors' line marks and
// the event-loop panel follow as they do when the slider is dragged.
// Plain JavaScript: the .wasm carries none of it.

const slider = () => document.querySelector('[data-testid="playhead-slider"]');

// The instants something happened, read from what the timelines drew: each
// span's start and end and each marker's instant (their titles give them to
// the millisecond), sorted, once each.
function instants() {
  const out = new Set();
  for (const t of document.querySelectorAll('.timelines [data-testid="span"] > title')) {
    const m = /([0-9.]+)–([0-9.]+) s/.exec(t.textContent);
    if (m) out.add(Number(m[1])).add(Number(m[2]));
  }
  for (const t of document.querySelectorAll('.timelines [data-testid="marker"] > title')) {
    const m = / · ([0-9.]+) s · /.exec(t.textContent);
    if (m) out.add(Number(m[1]));
  }
  return [...out].sort((a, b) => a - b);
}

function seek(input, t) {
  input.value = String(t);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  keepInView(t / Number(input.max));
}

// Zoom: the timelines' tracks are `zoom` times as wide as their boxes.
const ZOOMS = [1, 2, 4, 8, 16, 32, 64];
let zoom = 1;
const boxes = () => [...document.querySelectorAll(".timelines .tl-body")].filter((b) => b.offsetParent);

// Where the fraction `f` of the axis is, in a box's scrolled content.
function contentX(box, f) {
  const labels = box.firstElementChild.offsetWidth;
  return labels + f * box.querySelector(".tl-track").getBoundingClientRect().width;
}

function scrollAll(left) {
  for (const b of boxes()) if (b.scrollLeft !== left) b.scrollLeft = left;
}

// Zoom to `next`, keeping the instant at fraction `f` of the axis where it is on screen.
function setZoom(next, f) {
  const box = boxes()[0];
  if (!box || next === zoom) return;
  const seen = contentX(box, f) - box.scrollLeft;
  zoom = next;
  const timelines = document.querySelector(".timelines");
  timelines.classList.toggle("zoomed", zoom > 1);
  timelines.style.setProperty("--zoom", String(zoom));
  fineTicks();
  scrollAll(Math.max(0, contentX(box, f) - seen));
  const level = document.querySelector('[data-testid="zoom-level"]');
  if (level) level.textContent = `×${zoom}`;
}

// Zoomed in, the axis is labelled as closely as the app labels it unzoomed
// (a round step, at most ten per box width), in a `.axis-fine` group put
// beside each timeline's `.axis`; the slider's maximum is the seconds the
// axis spans. The same geometry as the app's ticks (draw.rs).
const STEPS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600];
function fineTicks() {
  const axis = Number(slider()?.max);
  // They replace the app's ticks (style/main.css).
  document.querySelector(".timelines")?.classList.toggle("fine-ticks", zoom > 1 && axis > 0);
  for (const g of document.querySelectorAll(".timelines .axis")) {
    let fine = g.nextElementSibling;
    if (!fine?.classList.contains("axis-fine")) {
      fine = document.createElementNS(g.namespaceURI, "g");
      fine.classList.add("axis-fine");
      g.after(fine);
    }
    if (zoom === 1 || !(axis > 0)) {
      fine.innerHTML = "";
      continue;
    }
    const shown = axis / zoom;
    const step = STEPS.find((s) => shown / s <= 10) ?? Math.ceil(shown / 10);
    const digits = step < 0.01 ? 3 : step < 0.1 ? 2 : step < 1 ? 1 : 0;
    // Labels within 40 px of the right edge end at their tick.
    const edge = 100 - 4000 / Math.max(1, g.ownerSVGElement?.getBoundingClientRect().width ?? 0);
    let out = "";
    for (let k = 0; k * step <= axis + 1e-9; k += 1) {
      const p = ((k * step) / axis) * 100;
      const [anchor, x] = p > edge ? ["end", p - 0.3 / zoom] : ["start", p + 0.3 / zoom];
      out +=
        `<line x1="${p.toFixed(4)}%" x2="${p.toFixed(4)}%" y1="13" y2="100%" class="tick"/>` +
        `<text x="${x.toFixed(4)}%" y="11" text-anchor="${anchor}" class="tick-label">${(k * step).toFixed(digits)}s</text>`;
    }
    fine.innerHTML = out;
  }
}

function zoomBy(steps, f) {
  const k = Math.min(ZOOMS.length - 1, Math.max(0, ZOOMS.indexOf(zoom) + steps));
  setZoom(ZOOMS[k], f);
}

// The playhead's fraction of the axis.
function playheadF() {
  const input = slider();
  return input ? Number(input.value) / Number(input.max) || 0 : 0;
}

// Zoomed in, the boxes follow the playhead when it leaves their view.
function keepInView(f) {
  const box = boxes()[0];
  if (!box || zoom === 1) return;
  const labels = box.firstElementChild.offsetWidth;
  const x = contentX(box, f);
  const from = box.scrollLeft + labels;
  const to = box.scrollLeft + box.clientWidth;
  if (x < from || x > to) scrollAll(Math.max(0, x - labels - (box.clientWidth - labels) * 0.1));
}

// The event after (or before) the playhead, at least half a pixel's worth of
// time away, so that each press moves it visibly.
function jump(forward) {
  const input = slider();
  if (!input || input.disabled) return;
  pause();
  const now = Number(input.value);
  const gap = Number(input.max) / 1600;
  const all = instants();
  const t = forward ? all.find((x) => x > now + gap) : all.findLast((x) => x < now - gap);
  if (t !== undefined) seek(input, t);
}

let playing = false;

function button() {
  return document.querySelector('[data-testid="play"]');
}

function show() {
  const b = button();
  if (!b) return;
  b.textContent = playing ? words().pause : words().play;
  b.setAttribute("aria-pressed", String(playing));
}

function pause() {
  playing = false;
  show();
}

function play() {
  const input = slider();
  const end = instants().at(-1);
  if (!input || input.disabled || !(end > 0)) return;
  if (Number(input.value) >= end - 1e-9) seek(input, 0);
  playing = true;
  show();
  let last = performance.now();
  let at = Number(input.value);
  const frame = (now) => {
    // A run started, or Pause: stop here.
    if (!playing || input.disabled || !input.isConnected) return pause();
    const speed = Number(document.querySelector('[data-testid="play-speed"]')?.value) || 1;
    at = Math.min(end, at + (Math.max(0, now - last) / 1000) * speed);
    last = now;
    seek(input, at);
    if (at >= end) return pause();
    show();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

// The controls' words, by the page's language (its <html lang>).
const WORDS = {
  en: {
    group: "Playback", play: "Play", pause: "Pause", speed: "Playback speed", prev: "Previous event", next: "Next event",
    "zoom-out": "Zoom out (Ctrl+wheel on a timeline)", "zoom-in": "Zoom in (Ctrl+wheel on a timeline)",
  },
  zh: {
    group: "回放", play: "播放", pause: "暂停", speed: "回放速度", prev: "上一个事件", next: "下一个事件",
    "zoom-out": "缩小（在时间线上 Ctrl+滚轮）", "zoom-in": "放大（在时间线上 Ctrl+滚轮）",
  },
};
const words = () => WORDS[document.documentElement.lang.startsWith("zh") ? "zh" : "en"];

// Play, its speed and ‹ ›, first in the app's `.playback` row.
function addControls(row) {
  const group = document.createElement("span");
  group.className = "playback-controls";
  group.setAttribute("role", "group");
  group.innerHTML =
    '<button type="button" class="play" data-testid="play" aria-pressed="false"></button>' +
    '<select data-testid="play-speed"><option value="1">1×</option><option value="0.25">0.25×</option></select>' +
    '<button type="button" data-testid="prev-event">‹</button>' +
    '<button type="button" data-testid="next-event">›</button>' +
    '<button type="button" data-testid="zoom-out">−</button>' +
    '<output data-testid="zoom-level">×1</output>' +
    '<button type="button" data-testid="zoom-in">+</button>';
  row.prepend(group);
  label(group);
  // A language switch relabels them.
  new MutationObserver(() => label(group)).observe(document.documentElement, { attributeFilter: ["lang"] });
}

function label(group) {
  const w = words();
  group.setAttribute("aria-label", w.group);
  group.querySelector("select").setAttribute("aria-label", w.speed);
  for (const [id, text] of [["prev-event", w.prev], ["next-event", w.next], ["zoom-out", w["zoom-out"]], ["zoom-in", w["zoom-in"]]]) {
    const b = group.querySelector(`[data-testid="${id}"]`);
    b.setAttribute("aria-label", text);
    b.title = text;
  }
  show();
}

/** Installs the listeners and, once the app drew its `.playback` row, the controls. */
export function installPlayback() {
  const row = document.querySelector(".playback");
  if (row) addControls(row);
  else {
    const seen = new MutationObserver(() => {
      const r = document.querySelector(".playback");
      if (r) {
        seen.disconnect();
        addControls(r);
      }
    });
    seen.observe(document.body, { childList: true, subtree: true });
  }
  document.addEventListener("click", (e) => {
    const id = e.target.closest?.("[data-testid]")?.dataset.testid;
    if (id === "play") playing ? pause() : play();
    else if (id === "prev-event" || id === "next-event") jump(id === "next-event");
    else if (id === "zoom-in" || id === "zoom-out") zoomBy(id === "zoom-in" ? 1 : -1, playheadF());
  });
  // Ctrl+wheel (a trackpad's pinch) zooms around the pointer.
  document.addEventListener(
    "wheel",
    (e) => {
      const track = e.ctrlKey && e.target.closest?.(".timelines .tl-track");
      if (!track) return;
      e.preventDefault();
      const r = track.getBoundingClientRect();
      zoomBy(e.deltaY < 0 ? 1 : -1, Math.min(1, Math.max(0, (e.clientX - r.left) / r.width)));
    },
    { passive: false },
  );
  // A run redraws the axis as it grows: the closer ticks follow.
  new MutationObserver(() => zoom > 1 && fineTicks()).observe(document.body, {
    subtree: true,
    attributeFilter: ["max"],
  });
  // The boxes pan together.
  document.addEventListener(
    "scroll",
    (e) => {
      if (zoom > 1 && e.target.classList?.contains("tl-body")) scrollAll(e.target.scrollLeft);
    },
    true,
  );
  document.addEventListener("keydown", (e) => {
    if (e.target !== slider() || e.shiftKey || !["ArrowLeft", "ArrowRight"].includes(e.key)) return;
    e.preventDefault();
    jump(e.key === "ArrowRight");
  });
  // Zoomed in, the boxes follow the slider when it is moved by hand too.
  document.addEventListener("input", (e) => {
    if (e.target === slider()) keepInView(playheadF());
  });
  // Dragging the slider or a timeline takes over from Play.
  document.addEventListener("pointerdown", (e) => {
    if (playing && e.target.closest?.('.tl-track, [data-testid="playhead-slider"]')) pause();
  });
}
