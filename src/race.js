// While programs run, the page shows the race (called once a run started,
// the page drawn): the editors shrink by style (while Run is disabled); when the
// timelines start low on the screen, the toolbar scrolls to the top, so
// the timelines and consoles are in view; focus on Run, now disabled,
// moves to Stop. Plain JavaScript: the .wasm carries none of it.
export function showRace() {
  const timelines = document.querySelector(".timelines");
  if (timelines && timelines.getBoundingClientRect().top > innerHeight * 0.6) {
    document.querySelector(".toolbar")?.scrollIntoView({ block: "start" });
  }
  if (document.activeElement?.dataset?.testid === "run") {
    document.querySelector('[data-testid="stop"]')?.focus();
  }
}
