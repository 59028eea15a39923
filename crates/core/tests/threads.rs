//! Threads under one GIL, on the virtual clock: waits overlap, computing
//! does not; the GIL changes hands every switch interval while two threads
//! compute; locks hand over to their first waiter; the same program runs
//! the same way every time; a deadlock ends with a message.

use playground_core::program::Options;
use playground_core::run_virtual;
use playground_core::timeline::{Lane, State, Timeline};

fn run(source: &str) -> (String, f64, Timeline) {
    let (program, output) = run_virtual(source, Options::default());
    let text: String = output.iter().map(|c| c.text.as_str()).collect();
    let timeline = Timeline::from_events(&program.trace().events, program.time());
    (text, program.time(), timeline)
}

fn lane<'a>(t: &'a Timeline, name: &str) -> &'a Lane {
    t.lanes.iter().find(|l| l.name == name).unwrap_or_else(|| {
        panic!(
            "no lane {name}: {:?}",
            t.lanes.iter().map(|l| &l.name).collect::<Vec<_>>()
        )
    })
}

/// Start `n` threads running `body` (a function of `i` named `work`) and
/// wait for them with a lock released by the last one.
fn threads_program(n: usize, body: &str) -> String {
    format!(
        "import _thread, time\n\
         done = _thread.allocate_lock()\n\
         done.acquire()\n\
         left = [{n}]\n\
         {body}\n\
         def run(i):\n    _thread._set_name('W%d' % i)\n    work(i)\n    left[0] -= 1\n    if left[0] == 0:\n        done.release()\n\
         t0 = time.perf_counter()\n\
         for i in range({n}):\n    _thread.start_new_thread(run, (i,))\n\
         done.acquire()\n\
         print('took %.2f' % (time.perf_counter() - t0))\n"
    )
}

#[test]
fn sleeping_threads_overlap() {
    let src = threads_program(3, "def work(i):\n    time.sleep(1)\n    print('woke', i)\n");
    let (out, elapsed, timeline) = run(&src);
    assert_eq!(out, "woke 0\nwoke 1\nwoke 2\ntook 1.00\n");
    assert!((1.0..1.01).contains(&elapsed), "{elapsed}");
    for name in ["W0", "W1", "W2"] {
        let waits: Vec<_> = lane(&timeline, name)
            .spans
            .iter()
            .filter(|s| s.state == State::Waiting)
            .collect();
        assert_eq!(waits.len(), 1, "{name}: {waits:?}");
        assert_eq!(waits[0].label, "time.sleep(1)");
        assert!((waits[0].end - waits[0].start - 1.0).abs() < 0.001);
    }
    let main = lane(&timeline, "main");
    assert!(
        main.spans
            .iter()
            .any(|s| s.state == State::Blocked && s.label == "lock.acquire"),
        "{:?}",
        main.spans
    );
}

const SPIN: &str = "def work(i):\n    s = 0\n    for k in range(200000):\n        s += k\n";

#[test]
fn computing_threads_take_turns_and_gain_nothing() {
    let (_, alone, _) = run(&threads_program(1, SPIN));
    let (_, two, timeline) = run(&threads_program(2, SPIN));
    let ratio = two / alone;
    assert!(
        (1.9..2.1).contains(&ratio),
        "two threads {two} vs one {alone}"
    );
    // The GIL changes hands every 5 ms while both compute.
    let w0 = lane(&timeline, "W0");
    let w1 = lane(&timeline, "W1");
    let runs = |l: &Lane| {
        l.spans
            .iter()
            .filter(|s| s.state == State::Running && s.end > s.start)
            .map(|s| s.end - s.start)
            .collect::<Vec<f64>>()
    };
    let (r0, r1) = (runs(w0), runs(w1));
    assert!(r0.len() >= 5 && r1.len() >= 5, "{r0:?} {r1:?}");
    let full = r0[..r0.len() - 1].iter().chain(&r1[..r1.len() - 1]);
    for d in full {
        assert!((d - 0.005).abs() < 0.0002, "a turn of {d} s: {r0:?} {r1:?}");
    }
    // While one runs the other is ready (wants the GIL), never both running.
    for s in w0.spans.iter().filter(|s| s.state == State::Running) {
        for o in w1.spans.iter().filter(|o| o.state == State::Running) {
            assert!(
                s.end <= o.start + 1e-9 || o.end <= s.start + 1e-9,
                "{s:?} overlaps {o:?}"
            );
        }
    }
    assert!(w1
        .spans
        .iter()
        .any(|s| s.state == State::Ready && s.end - s.start > 0.004));
}

#[test]
fn the_switch_interval_sets_the_turns() {
    let src = format!(
        "import sys\nsys.setswitchinterval(0.001)\nprint(sys.getswitchinterval())\n{}",
        threads_program(2, SPIN)
    );
    let (out, _, timeline) = run(&src);
    assert!(out.starts_with("0.001\n"), "{out}");
    let turns: Vec<f64> = lane(&timeline, "W0")
        .spans
        .iter()
        .filter(|s| s.state == State::Running && s.end > s.start)
        .map(|s| s.end - s.start)
        .collect();
    assert!(turns.len() > 20, "{turns:?}");
    assert!((turns[1] - 0.001).abs() < 0.0001, "{turns:?}");
}

#[test]
fn a_released_lock_goes_to_its_first_waiter() {
    let src = "import _thread, time\n\
        lock = _thread.allocate_lock()\n\
        order = []\n\
        def grab(name, delay):\n    time.sleep(delay)\n    with lock:\n        order.append(name)\n        time.sleep(0.1)\n\
        lock.acquire()\n\
        for name, delay in [('a', 0.1), ('b', 0.2), ('c', 0.3)]:\n    _thread.start_new_thread(grab, (name, delay))\n\
        time.sleep(0.5)\n\
        lock.release()\n\
        lock.acquire()\n\
        print(order, lock.acquire(timeout=0.25), round(time.perf_counter(), 2) > 0)\n";
    let (out, elapsed, _) = run(src);
    assert_eq!(out, "['a', 'b', 'c'] False True\n");
    // Three holds of 0.1 s after 0.5 s, then a timeout of 0.25 s.
    assert!((1.05..1.06).contains(&elapsed), "{elapsed}");
}

#[test]
fn a_thread_program_runs_the_same_way_every_time() {
    let src = threads_program(
        4,
        "import random\ndef work(i):\n    for k in range(3):\n        time.sleep(random.random() / 10)\n        s = sum(range(20000 * (i + 1)))\n        print(i, k, s % 97)\n",
    );
    let first = run(&src);
    let second = run(&src);
    assert_eq!(first.0, second.0);
    assert_eq!(first.1, second.1);
    assert_eq!(first.2, second.2);
}

#[test]
fn threads_that_all_wait_forever_are_a_deadlock() {
    let src = "import _thread\n\
        a = _thread.allocate_lock()\n\
        a.acquire()\n\
        def stuck():\n    a.acquire()\n\
        _thread.start_new_thread(stuck, ())\n\
        a.acquire()\n";
    let (out, _, _) = run(src);
    assert!(
        out.contains("Stopped by the playground: every thread waits") && out.contains("(deadlock)"),
        "{out}"
    );
}

#[test]
fn the_main_thread_waits_for_the_gil_like_the_others() {
    let src = "import threading\n\
        def spin():\n    s = 0\n    for i in range(100000):\n        s += i\n\
        workers = [threading.Thread(target=spin, name='spin-%d' % k) for k in range(2)]\n\
        for w in workers:\n    w.start()\n\
        for w in workers:\n    w.join()\n\
        print('done')\n";
    let (out, _, timeline) = run(src);
    assert_eq!(out, "done\n");
    let main = lane(&timeline, "main");
    let ready: Vec<_> = main
        .spans
        .iter()
        .filter(|s| s.state == State::Ready)
        .collect();
    assert!(!ready.is_empty(), "{:?}", main.spans);
    // While main wants the GIL, a spinning thread holds it.
    for r in ready {
        let mid = (r.start + r.end) / 2.0;
        let holder = ["spin-0", "spin-1"].iter().any(|n| {
            lane(&timeline, n)
                .spans
                .iter()
                .any(|s| s.state == State::Running && s.start <= mid && mid <= s.end)
        });
        assert!(holder, "main ready at {mid} with no thread running");
    }
    let joins = main
        .spans
        .iter()
        .filter(|s| s.state == State::Blocked && s.label == "Thread.join")
        .count();
    assert!(joins >= 1, "{:?}", main.spans);
}
