//! The driver's accounting on a scripted clock: the test plays the host,
//! moving the clock as a browser would (late timers, a busy page drawing
//! between slices, answers back early or late) and checks each program's
//! clock, as turmoil and madsim test theirs.

use playground_core::driver::{Clock, Driver, Network, Next, Sent, Settings, SiteOnly};
use playground_core::http::{HttpOutcome, HttpRequest};
use playground_core::program::{Options, Program};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A clock the test moves; each reading also moves it by `per_read`
/// milliseconds (the host's time passing while programs run).
#[derive(Clone, Default)]
struct ScriptedClock {
    now: Rc<Cell<f64>>,
    per_read: Rc<Cell<f64>>,
}

impl ScriptedClock {
    fn advance(&self, ms: f64) {
        self.now.set(self.now.get() + ms);
    }
}

impl Clock for ScriptedClock {
    fn now_ms(&self) -> f64 {
        let t = self.now.get();
        self.now.set(t + self.per_read.get());
        t
    }
}

/// Options for a program on a real (here scripted) clock.
fn real() -> Options {
    Options {
        seconds_per_instruction: 0.0,
        ..Options::default()
    }
}

fn driver(sources: &[&str], clock: &ScriptedClock, network: Box<dyn Network>) -> Driver {
    let programs = sources.iter().map(|s| Program::new(s, real())).collect();
    Driver::new(
        programs,
        Box::new(clock.clone()),
        network,
        Settings::default(),
    )
}

/// Play the host until every program is done: a timer fires `late_ms`
/// after it is due, and the page draws for `drawing_ms` after each slice
/// that gave way. Returns the timers set.
fn play(d: &mut Driver, clock: &ScriptedClock, late_ms: f64, drawing_ms: f64) -> usize {
    let mut timers = 0;
    for _ in 0..1_000_000 {
        match d.tick() {
            Next::Now => clock.advance(drawing_ms),
            Next::After(ms) => {
                timers += 1;
                clock.advance(ms + late_ms);
            }
            Next::OnAnswer => panic!("no answer will come"),
            Next::Done => return timers,
        }
    }
    panic!("the run did not end");
}

fn stdout(p: &mut Program) -> String {
    p.take_output()
        .into_iter()
        .filter(|c| !c.stderr)
        .map(|c| c.text)
        .collect()
}

#[test]
fn the_programs_of_a_run_start_at_the_same_instant() {
    let clock = ScriptedClock::default();
    clock.per_read.set(0.01);
    let busy = "print('start')\nfor i in range(30000):\n    pass\n";
    let mut d = driver(&[busy, busy], &clock, Box::new(SiteOnly));
    assert_eq!(play(&mut d, &clock, 0.0, 5.0), 0);
    // B first ran after A's share of the first slice, yet its clock read 0.
    for i in 0..2 {
        let first = d.program_mut(i).take_output()[0].clone();
        assert_eq!(first.text, "start\n", "program {i}");
        assert!(first.time < 1e-4, "program {i} started at {}", first.time);
    }
}

#[test]
fn one_at_a_time_each_program_starts_when_the_one_before_ends() {
    let clock = ScriptedClock::default();
    clock.per_read.set(0.01);
    let sleeper = "import time\nprint('start')\ntime.sleep(1)\nprint('end')\n";
    let programs = (0..3).map(|_| Program::new(sleeper, real())).collect();
    let settings = Settings {
        one_at_a_time: true,
        ..Settings::default()
    };
    let mut d = Driver::new(
        programs,
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        settings,
    );
    // The clock the page shows (playhead, time axis) is the running
    // program's: it never passes one second, though the host's does.
    let mut furthest: f64 = 0.0;
    for _ in 0..1_000_000 {
        furthest = furthest.max(d.furthest_clock());
        match d.tick() {
            Next::Now => clock.advance(1.0),
            Next::After(ms) => clock.advance(ms),
            Next::OnAnswer => panic!("no answer will come"),
            Next::Done => break,
        }
    }
    assert!(furthest <= 1.01, "furthest clock {furthest} s");
    // Three seconds of the host's time, one after another...
    assert!(clock.now.get() > 3000.0, "host {} ms", clock.now.get());
    for i in 0..3 {
        let output = d.program_mut(i).take_output();
        let times: Vec<f64> = output.iter().map(|c| c.time).collect();
        // ...yet each program's clock starts at 0 and takes its one second.
        assert!(times[0] < 1e-3, "program {i} started at {}", times[0]);
        assert!(
            (d.program(i).time() - 1.0).abs() < 0.01,
            "program {i}: {}",
            d.program(i).time()
        );
    }
}

#[test]
fn a_late_timer_is_the_hosts_delay_not_the_programs() {
    let src = "import asyncio, time\nt0 = time.perf_counter()\ntime.sleep(1)\nasync def main():\n    await asyncio.sleep(0.5)\nasyncio.run(main())\nprint(f'{time.perf_counter() - t0:.4f}')\n";
    let clock = ScriptedClock::default();
    clock.per_read.set(0.001);
    let mut d = driver(&[src], &clock, Box::new(SiteOnly));
    let timers = play(&mut d, &clock, 30.0, 0.0);
    assert_eq!(timers, 2);
    assert!(clock.now.get() > 1560.0, "the host took its time");
    let p = d.program_mut(0);
    assert_eq!(stdout(p), "1.5000\n");
    assert!((p.time() - 1.5).abs() < 1e-3, "{}", p.time());
}

#[test]
fn a_busy_page_is_left_out_of_each_programs_clock() {
    // A sleeps while B computes and the page draws 50 ms after every slice.
    let a = "import time\nt0 = time.perf_counter()\ntime.sleep(0.2)\nprint(f'{time.perf_counter() - t0:.3f}')\n";
    let b = "t = 0\nfor i in range(300000):\n    t += i\nprint(t)\n";
    let clock = ScriptedClock::default();
    clock.per_read.set(0.05);
    let mut d = driver(&[a, b], &clock, Box::new(SiteOnly));
    play(&mut d, &clock, 0.0, 50.0);
    assert_eq!(stdout(d.program_mut(0)), "0.200\n");
    assert_eq!(stdout(d.program_mut(1)), "44999850000\n");
    let host_s = clock.now.get() / 1000.0;
    let b_s = d.program(1).time();
    assert!(
        b_s < host_s / 3.0,
        "B's clock ({b_s:.3} s) leaves out A's turns and the drawing (host {host_s:.3} s)"
    );
}

#[test]
fn every_timer_due_by_the_wake_up_runs_in_that_turn() {
    // 2,000 deadlines 0.55 ms apart; the host's timers fire no sooner than
    // 4 ms (the browser's clamp) and 1 ms late.
    let src = "import asyncio, time\nt0 = time.perf_counter()\nasync def sleeper(i):\n    await asyncio.sleep(i / 2000 * 1.1)\n\
               async def main():\n    await asyncio.gather(*(sleeper(i) for i in range(2000)))\n\
               asyncio.run(main())\nprint(f'{time.perf_counter() - t0:.2f}')\n";
    let clock = ScriptedClock::default();
    clock.per_read.set(0.0005);
    let mut d = driver(&[src], &clock, Box::new(SiteOnly));
    let mut timers = 0;
    loop {
        match d.tick() {
            Next::Now => {}
            Next::After(ms) => {
                timers += 1;
                clock.advance(ms.max(4.0) + 1.0);
            }
            Next::Done => break,
            Next::OnAnswer => panic!("no requests"),
        }
    }
    assert_eq!(stdout(d.program_mut(0)), "1.10\n");
    let host_s = clock.now.get() / 1000.0;
    assert!(timers < 400, "{timers} timers for 2,000 deadlines");
    // The figure: within 10% + 0.1 s (1.103 s here).
    assert!(
        host_s < 1.1 * 1.1 + 0.1,
        "the host's time ({host_s:.3} s) follows the program's (1.1 s)"
    );
}

#[test]
fn close_wake_ups_run_on_without_a_timer() {
    // Deadlines 0.1 ms apart: within `RUN_ON_S`, so no timer between them
    // until the program's clock is that far ahead of the host's.
    let src = "import asyncio\nasync def main():\n    for i in range(50):\n        await asyncio.sleep(0.0001)\nasyncio.run(main())\n";
    let clock = ScriptedClock::default();
    clock.per_read.set(0.0001);
    let mut d = driver(&[src], &clock, Box::new(SiteOnly));
    let timers = play(&mut d, &clock, 0.0, 0.0);
    assert!(timers <= 5, "{timers} timers for 50 wake-ups");
    let t = d.program(0).time();
    assert!((0.005..0.0065).contains(&t), "{t}");
}

/// The page's Service Worker in miniature: requests to the site go out with
/// their due time; the test hands the answers back when it likes.
#[derive(Clone, Default)]
struct Worker {
    sent: Rc<RefCell<Vec<(usize, HttpRequest)>>>,
    answers: Rc<RefCell<Vec<(usize, u32, HttpOutcome)>>>,
}

impl Network for Worker {
    fn send(&mut self, slot: usize, now: f64, req: HttpRequest) -> Sent {
        // The site's delay is the URL's last number, in ms.
        let delay_ms: f64 = req.url.rsplit('/').next().unwrap().parse().unwrap();
        self.sent.borrow_mut().push((slot, req));
        Sent::Out {
            due: Some(now + delay_ms / 1000.0),
        }
    }
    fn take_answers(&mut self, slot: usize) -> Vec<(u32, HttpOutcome)> {
        let mut all = self.answers.borrow_mut();
        let (mine, rest) = all.drain(..).partition(|a| a.0 == slot);
        *all = rest;
        mine.into_iter().map(|(_, id, o)| (id, o)).collect()
    }
}

fn ok() -> HttpOutcome {
    HttpOutcome::Response {
        status: 200,
        reason: "OK".into(),
        headers: Vec::new(),
        body: b"hi".to_vec(),
        url: "./site/delay/500".into(),
    }
}

/// Run a blocking request answered `after_ms` host milliseconds after it
/// was sent; returns what the program printed.
fn fetch_answered_after(after_ms: f64) -> String {
    let src = "import requests, time\nt = time.perf_counter()\nr = requests.get('./site/delay/500')\nprint(r.status_code, f'{time.perf_counter() - t:.3f}')\n";
    let clock = ScriptedClock::default();
    clock.per_read.set(0.001);
    let worker = Worker::default();
    let mut d = driver(&[src], &clock, Box::new(worker.clone()));
    let mut answered = false;
    loop {
        match d.tick() {
            Next::Now => {}
            Next::After(ms) => clock.advance(ms),
            Next::OnAnswer if !answered => {
                let id = worker.sent.borrow()[0].1.id;
                clock.advance(after_ms);
                worker.answers.borrow_mut().push((0, id, ok()));
                answered = true;
            }
            Next::OnAnswer => panic!("waits again"),
            Next::Done => break,
        }
    }
    stdout(d.program_mut(0))
}

#[test]
fn an_answer_back_early_waits_for_its_due_time() {
    assert_eq!(fetch_answered_after(100.0), "200 0.500\n");
}

#[test]
fn an_answer_back_late_was_held_up_by_the_page() {
    assert_eq!(fetch_answered_after(900.0), "200 0.500\n");
}

#[test]
fn answers_back_out_of_order_are_delivered_in_the_order_due() {
    let src = "import asyncio, aiohttp\nasync def get(s, ms):\n    async with s.get(f'./site/delay/{ms}') as r:\n        print(ms, r.status)\nasync def main():\n    async with aiohttp.ClientSession() as s:\n        await asyncio.gather(get(s, 300), get(s, 340))\nasyncio.run(main())\n";
    let clock = ScriptedClock::default();
    let worker = Worker::default();
    let mut d = driver(&[src], &clock, Box::new(worker.clone()));
    // The later answer comes back first, both late; then the earlier one.
    // (The program also has a timer: aiohttp's five-minute timeout.)
    let mut handed = 0;
    loop {
        match d.tick() {
            Next::Now => {}
            Next::After(ms) if handed == 2 || worker.sent.borrow().len() < 2 => clock.advance(ms),
            Next::After(_) | Next::OnAnswer => {
                let sent = worker.sent.borrow();
                let (ms, k) = if handed == 0 { (345.0, 1) } else { (20.0, 0) };
                clock.advance(ms);
                worker.answers.borrow_mut().push((0, sent[k].1.id, ok()));
                handed += 1;
            }
            Next::Done => break,
        }
    }
    assert_eq!(handed, 2);
    assert_eq!(stdout(d.program_mut(0)), "300 200\n340 200\n");
}

#[test]
fn step_mode_runs_one_turn_at_a_time_jumping_the_clock() {
    let src = "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    await asyncio.sleep(1)\nasyncio.run(main())\n";
    let clock = ScriptedClock::default();
    let p = Program::new(src, Options::default());
    let mut d = Driver::new(
        vec![p],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        Settings::default(),
    );
    let mut turns = Vec::new();
    while !d.is_done(0) {
        d.step_turn(0);
        turns.push((d.program(0).turns(), d.program(0).time()));
        assert!(turns.len() < 50);
    }
    assert_eq!(clock.now.get(), 0.0, "the host's clock plays no part");
    assert!(turns.iter().any(|&(_, t)| (t - 1.0).abs() < 0.01));
    assert!((d.program(0).time() - 2.0).abs() < 0.01);
    assert!(turns.windows(2).all(|w| w[1].0 <= w[0].0 + 1));
}

/// Whatever the host's timers do (late by 1-4 ms, or a little early), no
/// program's clock ever reads ahead of the host's clock since the start.
#[test]
fn no_programs_clock_runs_ahead_of_the_hosts() {
    let a = include_str!("../lessons/sequential-await/a.py");
    let b = include_str!("../lessons/sequential-await/b.py");
    let clock = ScriptedClock::default();
    clock.per_read.set(0.01);
    let mut d = driver(&[a, b], &clock, Box::new(SiteOnly));
    let mut n = 0u64;
    loop {
        let next = d.tick();
        let host = clock.now.get() / 1000.0;
        for i in 0..2 {
            if !d.is_done(i) {
                let c = d.clock_of(i);
                assert!(
                    c <= host + 0.002,
                    "slot {i} clock {c} host {host} after {next:?}"
                );
            }
        }
        n += 1;
        match next {
            Next::Now => clock.advance(2.0),
            Next::After(ms) if n.is_multiple_of(3) => clock.advance(ms * 0.99),
            Next::After(ms) => clock.advance(ms + (n % 5) as f64),
            Next::Done => break,
            Next::OnAnswer => panic!("no requests"),
        }
    }
}

#[test]
fn deadlines_a_rounding_error_apart_wake_in_the_order_set() {
    // From 1.37 ms on, `+ 0.1 + 0.1` lands one bit before `+ 0.2`: on a
    // clock that starts anywhere (the page's) the later-set sleep must
    // still wake second, as on the CLI's clock and under CPython.
    let src = "import asyncio, time\ntime.sleep(0.00137)\n\
               async def two_steps():\n    await asyncio.sleep(0.1)\n    await asyncio.sleep(0.1)\n    print('two steps')\n\
               async def main():\n    t = asyncio.create_task(two_steps())\n    await asyncio.sleep(0)\n    await asyncio.sleep(0.2)\n    print('one step')\n    await t\n\
               asyncio.run(main())\n";
    let clock = ScriptedClock::default();
    let mut d = driver(&[src], &clock, Box::new(SiteOnly));
    play(&mut d, &clock, 2.0, 0.0);
    assert_eq!(stdout(d.program_mut(0)), "one step\ntwo steps\n");
}

thread_local! {
    /// The page's `performance.now()` for `host_clock_ms`, and how far each
    /// reading moves it.
    static HOST_MS: Cell<(f64, f64)> = const { Cell::new((0.0, 0.0)) };
}

fn host_clock_ms() -> f64 {
    HOST_MS.with(|h| {
        let (now, step) = h.get();
        h.set((now + step, step));
        now
    })
}

/// What `src` prints on a real clock (the page's) whose every reading
/// moves it by `ms_per_read`.
fn on_a_real_clock(src: &str, ms_per_read: f64) -> String {
    HOST_MS.with(|h| h.set((0.0, ms_per_read)));
    let options = Options {
        host_clock: Some(host_clock_ms),
        ..real()
    };
    let clock = ScriptedClock::default();
    let mut d = Driver::new(
        vec![Program::new(src, options)],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        Settings::default(),
    );
    play(&mut d, &clock, 0.0, 0.0);
    stdout(d.program_mut(0))
}

#[test]
fn a_real_clock_moves_at_cpythons_pace_within_a_slice() {
    let timed = |n: u32| {
        format!(
            "import time\nt0 = time.perf_counter()\nfor i in range({n}):\n    pass\n\
             print(time.perf_counter() - t0)\n\
             t1 = time.perf_counter()\nsorted([3, 1, 2], key=lambda x: -x)\nprint(time.perf_counter() >= t1)\n"
        )
    };
    // The time taken, and whether the clock went on from there into a
    // nested call (the key function's).
    let seconds = |out: String| {
        assert!(out.ends_with("\nTrue\n"), "{out}");
        out.lines().next().unwrap().parse::<f64>().unwrap()
    };
    let src = timed(200);
    let (_, output) = playground_core::run_virtual(&src, Options::default());
    let cli = seconds(output.into_iter().map(|c| c.text).collect());
    assert!(cli > 1e-5, "{cli}");
    // A slower host (the page reading 1 ms later each time) and one whose
    // clock has not moved (a coarse clock) both read what the CLI reads.
    for ms_per_read in [1.0, 0.0] {
        let page = seconds(on_a_real_clock(&src, ms_per_read));
        assert!((page - cli).abs() < 1e-12, "page {page}, CLI {cli}");
    }
    // Never more than 1 ms ahead of the host's clock.
    let long = seconds(on_a_real_clock(&timed(100_000), 0.0));
    assert!((0.00099..0.0011).contains(&long), "{long}");
    // Hosts about as fast as the model: whichever is slower counts, and the
    // clock never goes back.
    for ms_per_read in [0.002, 0.005, 0.01] {
        seconds(on_a_real_clock(&src, ms_per_read));
    }
}
