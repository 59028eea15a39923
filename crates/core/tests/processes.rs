//! Processes on the virtual clock: CPU-bound work in a pool of four
//! finishes about four times sooner than one by one (each process computes
//! on its own clock), threads do not (one GIL). CPython's own figures
//! depend on the machine's cores, so this is checked here rather than
//! against CPython.

use playground_core::program::Options;
use playground_core::run_virtual;

const CPU_BOUND: &str = r#"
import threading
import time
from multiprocessing import Pool


def work(n):
    total = 0
    for i in range(n):
        total += i % 7
    return total


if __name__ == "__main__":
    jobs = [40_000] * 4
    start = time.perf_counter()
    serial = [work(n) for n in jobs]
    t_serial = time.perf_counter() - start
    start = time.perf_counter()
    with Pool(4) as pool:
        parallel = pool.map(work, jobs)
    t_pool = time.perf_counter() - start
    start = time.perf_counter()
    threads = [threading.Thread(target=work, args=(n,)) for n in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    t_threads = time.perf_counter() - start
    print(serial == parallel)
    print(f"{t_serial / t_pool:.1f} {t_serial / t_threads:.1f}")
"#;

#[test]
fn a_pool_of_four_computes_four_times_faster_and_threads_do_not() {
    let (program, out) = run_virtual(CPU_BOUND, Options::default());
    let text: String = out.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(program.exit_code(), Some(0), "{text}");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("True"));
    let ratios: Vec<f64> = lines
        .next()
        .expect("the ratios")
        .split(' ')
        .map(|r| r.parse().expect("a number"))
        .collect();
    assert!(
        (3.0..=4.2).contains(&ratios[0]),
        "pool speed-up {}",
        ratios[0]
    );
    assert!(
        (0.8..=1.2).contains(&ratios[1]),
        "threads speed-up {}",
        ratios[1]
    );
}

#[test]
fn output_of_processes_comes_in_the_order_of_their_clocks() {
    let src = r#"
import multiprocessing as mp
import time


def producer(q):
    for i in range(3):
        time.sleep(0.05)
        q.put(i)
        print("produced", i)
    q.put(None)


def consumer(q):
    while (item := q.get()) is not None:
        print("consumed", item)


if __name__ == "__main__":
    q = mp.Queue()
    ps = [mp.Process(target=producer, args=(q,)), mp.Process(target=consumer, args=(q,))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("exit codes", [p.exitcode for p in ps])
"#;
    let (_, out) = run_virtual(src, Options::default());
    let text: String = out.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        text,
        "produced 0\nconsumed 0\nproduced 1\nconsumed 1\nproduced 2\nconsumed 2\nexit codes [0, 0]\n"
    );
}

#[test]
fn a_function_defined_under_the_main_guard_is_named_as_the_difference_from_fork() {
    let src = r#"
from multiprocessing import Pool

if __name__ == "__main__":
    def double(x):
        return 2 * x
    with Pool(1) as pool:
        try:
            pool.map(double, [1])
        except AttributeError as e:
            print(e)
"#;
    let (program, out) = run_virtual(src, Options::default());
    let text: String = out.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(program.exit_code(), Some(0), "{text}");
    assert_eq!(
        text,
        "Can't get attribute 'double' on <module '__main__'> (a child process here sees what \
         the module defines at its top level, not under if __name__ == '__main__':)\n"
    );
}

#[test]
fn starting_processes_in_a_loop_is_stopped_by_a_budget() {
    let src = r#"
import multiprocessing as mp
import time

if __name__ == "__main__":
    started = []
    try:
        for i in range(1000):
            p = mp.Process(target=time.sleep, args=(10,), daemon=True)
            p.start()
            started.append(p)
    except RuntimeError as e:
        print(len(started), "started;", e)
"#;
    let (_, out) = run_virtual(src, Options::default());
    let text: String = out.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        text,
        "64 started; the playground runs at most 64 processes at once (process budget)\n"
    );
}

/// A lesson's A and B run in one driver but are machines of their own:
/// their queues' numbers coincide and must not cross.
#[test]
fn two_programs_of_a_run_keep_their_queues_apart() {
    use playground_core::driver::{run_to_end, Driver, Settings, SiteOnly, VirtualClock};
    use playground_core::program::Program;
    // B puts first; A puts and takes after it: one queue for both would
    // give A B's item.
    let a = "import multiprocessing as mp, time\nq = mp.Queue()\ntime.sleep(0.05)\n\
             q.put('from A')\ntime.sleep(0.05)\nprint(q.get())\n";
    let b = "import multiprocessing as mp, time\nq = mp.Queue()\nq.put('from B')\n\
             time.sleep(0.2)\nprint(q.get())\n";
    let clock = VirtualClock::default();
    let mut driver = Driver::new(
        vec![
            Program::new(a, Options::default()),
            Program::new(b, Options::default()),
        ],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        Settings::default(),
    );
    let mut out = [String::new(), String::new()];
    run_to_end(&mut driver, &clock, 1_000_000, |d| {
        for (k, o) in out.iter_mut().enumerate() {
            o.extend(d.take_output(k).into_iter().map(|c| c.text));
        }
    });
    assert_eq!(out, ["from A\n".to_string(), "from B\n".to_string()]);
}

#[test]
fn each_processs_lanes_are_grouped_under_it() {
    // Two processes started together, each starting a thread.
    let src = "import threading, time\nfrom multiprocessing import Process\n\
def work():\n    t = threading.Thread(target=time.sleep, args=(0.1,))\n    t.start()\n    time.sleep(0.05)\n    t.join()\n\
if __name__ == '__main__':\n    ps = [Process(target=work) for _ in range(2)]\n    for p in ps:\n        p.start()\n    for p in ps:\n        p.join()\n";
    let (program, _) = run_virtual(src, Options::default());
    let timeline =
        playground_core::timeline::Timeline::from_events(&program.trace().events, program.time());
    let names: Vec<&str> = timeline.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "main",
            "Process-1",
            "Process-1: Thread-1 (sleep)",
            "Process-2",
            "Process-2: Thread-1 (sleep)"
        ]
    );
}
