//! Bad input gets a clear answer: budgets stop runaway programs with a
//! message, and no input (thousands of random and mutated programs) makes
//! the core panic.

use playground_core::fuzz::{mutate, run_case, Rng, FRAGMENTS};
use playground_core::program::Budgets;
use playground_core::program::Options;
use playground_core::run_virtual;

fn small_budgets() -> Options {
    playground_core::fuzz::case_options()
}

fn run_text(source: &str, options: Options) -> (String, String, i32) {
    let (p, out) = run_virtual(source, options);
    let stdout = out
        .iter()
        .filter(|c| !c.stderr)
        .map(|c| c.text.as_str())
        .collect();
    let stderr = out
        .iter()
        .filter(|c| c.stderr)
        .map(|c| c.text.as_str())
        .collect();
    (stdout, stderr, p.exit_code().unwrap_or(-1))
}

#[test]
fn an_endless_loop_is_stopped_by_the_instruction_budget() {
    let (_, stderr, code) = run_text("x = 0\nwhile True:\n    x += 1\n", small_budgets());
    assert_eq!(code, 1);
    assert!(
        stderr.contains("Stopped by the playground") && stderr.contains("endless loop"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3"),
        "names the running line: {stderr}"
    );
}

#[test]
fn an_endless_async_loop_is_stopped_too() {
    let src = "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\n";
    let (_, stderr, code) = run_text(src, small_budgets());
    assert_eq!(code, 1);
    assert!(stderr.contains("instructions"), "{stderr}");
}

#[test]
fn a_flood_of_output_is_stopped() {
    let (stdout, stderr, code) =
        run_text("while True:\n    print('spam' * 100)\n", small_budgets());
    assert_eq!(code, 1);
    assert!(stdout.len() <= 64 << 10, "{}", stdout.len());
    assert!(stderr.contains("output budget"), "{stderr}");
}

#[test]
fn a_regular_expression_that_backtracks_without_end_is_stopped() {
    // 2^40 ways to split the a's between the repeats: CPython would work
    // for hours, and one call cannot pause.
    let src = "import re\nprint(re.match(r'(a+)+b', 'a' * 40))\n";
    let (_, stderr, code) = run_text(src, small_budgets());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(
            "a regular expression took more than 1000000 steps or kept more than 4194304 ways to go back to on one string (match budget)"
        ),
        "{stderr}"
    );
}

#[test]
fn a_task_explosion_is_stopped() {
    let src = "import asyncio\nasync def forever():\n    await asyncio.sleep(100)\nasync def main():\n    while True:\n        asyncio.create_task(forever())\n        await asyncio.sleep(0)\nasyncio.run(main())\n";
    let options = Options {
        budgets: Budgets {
            max_live_tasks: 500,
            max_instructions: 5_000_000,
            ..Budgets::default()
        },
        ..Options::default()
    };
    let (_, stderr, code) = run_text(src, options);
    assert_eq!(code, 1);
    assert!(stderr.contains("more than 500 live tasks"), "{stderr}");
}

#[test]
fn deep_recursion_raises_recursion_error_like_cpython() {
    let (stdout, _, code) = run_text(
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(e)\n",
        Options::default(),
    );
    assert_eq!(
        (stdout.as_str(), code),
        ("maximum recursion depth exceeded\n", 0)
    );
    // Recursion through native code (repr calling __repr__) is bounded as well.
    let src = "class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('bounded')\n";
    let (stdout, _, _) = run_text(src, Options::default());
    assert_eq!(stdout, "bounded\n");
}

/// Runs `source` on a thread whose stack is the page's wasm stack (1 MiB)
/// in release builds; unoptimized builds spend several times more stack per
/// call, so they get 8 MiB. Guards count depth and measure the stack, so
/// nothing may overflow it: an overflow aborts the whole test binary.
fn run_on_page_stack(source: String) -> (String, String, i32) {
    let stack = if cfg!(debug_assertions) {
        8 << 20
    } else {
        1 << 20
    };
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || run_text(&source, Options::default()))
        .unwrap()
        .join()
        .unwrap()
}

#[test]
fn deep_nesting_raises_python_errors_instead_of_overflowing_the_stack() {
    let elifs: String = (2..1000)
        .map(|i| format!("elif x == {i}:\n    pass\n"))
        .collect();
    let power = vec!["1"; 1000].join("**");
    let cases = [
        // CPython runs these; a guard may stop them earlier on a small stack.
        (
            format!("x = 0\nif x == 1:\n    pass\n{elifs}print('ok')\n"),
            "ok",
            "nested|during compilation",
        ),
        (
            format!("print({power})\n"),
            "1",
            "nested|during compilation",
        ),
        (
            "a = []; a.append(a); b = []; b.append(b)\nprint(a == b)\n".to_string(),
            "",
            "RecursionError: maximum recursion depth exceeded in comparison",
        ),
        (
            "x = []\nfor i in range(2000):\n    x = [x]\nprint(repr(x))\n".to_string(),
            "",
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
        ),
        (
            "a = {}; b = {}\nfor i in range(100000):\n    a = {1: a}; b = {1: b}\nprint(a == b)\n"
                .to_string(),
            "",
            "RecursionError: maximum recursion depth exceeded in comparison",
        ),
        (
            "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(hash(t))\n".to_string(),
            "",
            "RecursionError: maximum recursion depth exceeded",
        ),
        (
            "a = []; a.append(a); b = []; b.append(b)\nprint(a < b)\n".to_string(),
            "",
            "RecursionError: maximum recursion depth exceeded in comparison",
        ),
        (
            "x = 0\nfor i in range(3000):\n    x = eval('[' * 10 + ']' * 10)\nprint(len(x))\n"
                .to_string(),
            "1",
            "",
        ),
    ];
    for (src, out, err) in cases {
        let (stdout, stderr, code) = run_on_page_stack(src.clone());
        let head = &src[..src.len().min(60)];
        if code == 0 {
            assert_eq!(stdout.trim(), out, "{head}");
        } else {
            let expected = err.split('|').any(|e| !e.is_empty() && stderr.contains(e));
            assert!(expected, "{head}: {stderr}");
        }
    }
}

#[test]
fn deeply_nested_objects_are_freed_without_recursion() {
    // Linked lists, nested lists, tuples and dicts 100,000 deep die when
    // rebound, when their function returns, and when the program ends.
    let src = "class Node:\n    def __init__(self, nxt):\n        self.next = nxt\n\
        def nodes(n):\n    head = None\n    for i in range(n):\n        head = Node(head)\n    return head\n\
        def lists(n):\n    x = []\n    for i in range(n):\n        x = [x]\n    return x\n\
        def tuples(n):\n    t = ()\n    for i in range(n):\n        t = (i, t)\n    return t\n\
        def dicts(n):\n    d = {}\n    for i in range(n):\n        d = {'d': d}\n    return d\n\
        def local(f):\n    x = f(100000)\n    return 1\n\
        for f in (nodes, lists, tuples, dicts):\n    local(f)\n    x = f(100000)\n    del x\n    print(f.__name__)\n\
        keep = [nodes(100000), lists(100000), tuples(100000), dicts(100000)]\n";
    let options = Options {
        budgets: Budgets {
            max_instructions: 200_000_000,
            ..Budgets::default()
        },
        ..Options::default()
    };
    let stack = if cfg!(debug_assertions) {
        8 << 20
    } else {
        1 << 20
    };
    let (stdout, stderr, code) = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || run_text(src, options))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(
        (stdout.as_str(), code),
        ("nodes\nlists\ntuples\ndicts\n", 0),
        "{stderr}"
    );
}

#[test]
fn huge_allocations_raise_memory_error() {
    let (stdout, _, _) = run_text(
        "try:\n    x = [0] * 10 ** 10\nexcept MemoryError as e:\n    print('MemoryError')\ntry:\n    y = 10 ** (10 ** 9)\nexcept MemoryError:\n    print('MemoryError')\n",
        Options::default(),
    );
    assert_eq!(stdout, "MemoryError\nMemoryError\n");
    // Every allocation the program sizes is checked against the memory
    // budget and raises CPython's bare MemoryError instead of aborting.
    let cases = [
        "bytes(10**10)",
        "f'{1:{10**10}}'",
        "f'{1.5:.{10**10}f}'",
        "'x' * 10**10",
        "[0] * 10**10",
        "(0,) * 10**10",
        "'%*d' % (10**9, 7)",
        "'%.*f' % (10**9, 7.0)",
        "'%2000000000d' % 7",
        "format(1, '>10000000000')",
        "'{:>10000000000}'.format(1)",
        "'x'.ljust(10**10)",
        "'x'.center(10**10)",
        "'x'.zfill(10**10)",
        "list(range(10**10))",
        "('\\t' * 100).expandtabs(10**8)",
        "('x' * 10**5).replace('x', 'y' * 10**5)",
        "''.join(['x' * 10**5] * 2 * 10**4)",
    ];
    let src: String = cases
        .iter()
        .map(|c| format!("try:\n    {c}\nexcept MemoryError as e:\n    print(repr(e))\n"))
        .collect();
    let (stdout, stderr, _) = run_text(&src, Options::default());
    assert_eq!(stdout, "MemoryError()\n".repeat(cases.len()), "{stderr}");
    // Doubling a string until the budget stops it (half a GiB at the end),
    // then an uncaught MemoryError ends the program as in CPython.
    let src = "s = 'x' * 1000\ntry:\n    while True:\n        s = s + s\nexcept MemoryError:\n    print('stopped', len(s) > 10**6)\ndel s\nb = bytes(10**10)\n";
    let (stdout, stderr, code) = run_text(src, Options::default());
    assert_eq!((stdout.as_str(), code), ("stopped True\n", 1));
    assert!(stderr.ends_with("\nMemoryError\n"), "{stderr}");
}

#[test]
fn a_deadlock_is_reported_instead_of_waiting_forever() {
    let src = "import asyncio\nasync def main():\n    await asyncio.get_running_loop().create_future()\nasyncio.run(main())\n";
    let (_, stderr, code) = run_text(src, Options::default());
    assert_eq!(code, 1);
    assert!(stderr.contains("wait forever"), "{stderr}");
}

#[test]
fn unsupported_features_name_themselves_and_their_line() {
    let (_, stderr, code) = run_text("x = 1\ntype P = int\n", Options::default());
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "NotImplementedError: the playground does not support the 'type' statement (line 2)"
        ),
        "{stderr}"
    );
    let (_, stderr, code) = run_text(
        "import types\nclass M(types.ModuleType):\n    pass\n",
        Options::default(),
    );
    assert_eq!(code, 1);
    assert!(
        stderr.contains("line 2, in <module>\n")
            && stderr.ends_with(
                "NotImplementedError: the playground does not support subclassing the built-in type 'module'\n"
            ),
        "{stderr}"
    );
    // What CPython refuses too, it refuses in its words.
    let (_, stderr, _) = run_text("class R(range):\n    pass\n", Options::default());
    assert!(
        stderr.ends_with("TypeError: type 'range' is not an acceptable base type\n"),
        "{stderr}"
    );
    let (_, stderr, _) = run_text("import sqlite3\n", Options::default());
    // CPython's words exactly; the page shows what is provided next to them.
    assert!(
        stderr.ends_with("\nModuleNotFoundError: No module named 'sqlite3'\n"),
        "{stderr}"
    );
    assert!(playground_core::modules::available().contains(&"asyncio"));
    // asyncio's subprocesses name themselves, the traceback gives the line.
    let (_, stderr, code) = run_text(
        "import asyncio\n\nasync def main():\n    await asyncio.create_subprocess_exec('ls')\n\nasyncio.run(main())\n",
        Options::default(),
    );
    assert_eq!(code, 1);
    assert!(
        stderr.contains("line 4, in main\n")
            && stderr.ends_with("\nNotImplementedError: asyncio.create_subprocess_exec is not available in the playground: a program cannot start other programs here\n"),
        "{stderr}"
    );
}

fn corpus() -> Vec<String> {
    let mut out = Vec::new();
    for dir in ["../cli/tests/conformance", "lessons"] {
        let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
        let mut stack = vec![base];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "py") {
                    out.push(std::fs::read_to_string(&p).unwrap_or_default());
                }
            }
        }
    }
    out.sort();
    out
}

/// Programs `playground fuzz` found failing, kept as they were found (the
/// first lines say with which seed and case, and how they failed): a chain
/// of coroutines awaiting themselves stopped mid-run (its generators to
/// close kept more coming as they died, the rest dropped by recursion when
/// the thread ended), a lambda in a class body's annotation (no scope).
#[test]
fn the_programs_the_fuzzer_found_run_cleanly() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut found = 0;
    for entry in std::fs::read_dir(&dir)
        .expect("tests/fuzz_regressions")
        .flatten()
    {
        let src = std::fs::read_to_string(entry.path()).expect("a program");
        found += 1;
        assert_eq!(run_case(&src), Ok(()), "{}", entry.path().display());
    }
    assert!(found >= 2, "{found} programs in {}", dir.display());
}

#[test]
fn thousands_of_mutated_and_random_programs_never_panic() {
    let corpus = corpus();
    assert!(corpus.len() > 50, "corpus too small: {}", corpus.len());
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut failures = Vec::new();
    let mut cases = 0;
    for i in 0..2500 {
        let base = &corpus[i % corpus.len()];
        let src = mutate(&mut rng, base);
        cases += 1;
        if let Err(msg) = run_case(&src) {
            failures.push(format!("panic: {msg}\n--- program ---\n{src}"));
            if failures.len() > 3 {
                break;
            }
        }
    }
    // Random token soup and pathological nesting.
    for _ in 0..500 {
        let n = rng.below(60);
        let src: String = (0..n)
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect();
        cases += 1;
        if let Err(msg) = run_case(&src) {
            failures.push(format!("panic: {msg}\n--- program ---\n{src}"));
        }
    }
    for deep in [
        "(".repeat(10_000),
        format!("x = {}1{}", "[".repeat(5000), "]".repeat(5000)),
        format!("x = {}1", "-".repeat(5000)),
        format!("x = {}", "not ".repeat(5000)),
        "if x:\n".repeat(300),
        format!("f{}", "()".repeat(5000)),
        format!("x = 1{}", " + 1".repeat(20_000)),
        format!("print(f\"{}\")", "{".repeat(200)),
    ] {
        cases += 1;
        if let Err(msg) = run_case(&deep) {
            failures.push(format!(
                "panic: {msg}\n--- program (deep) ---\n{}",
                &deep[..deep.len().min(80)]
            ));
        }
    }
    eprintln!("robustness: {cases} programs, {} panics", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_thread_explosion_is_stopped() {
    let src = "import threading, time\n\
        def wait():\n    time.sleep(100)\n\
        while True:\n    threading.Thread(target=wait).start()\n";
    let options = Options {
        budgets: Budgets {
            max_threads: 300,
            ..Budgets::default()
        },
        ..Options::default()
    };
    let (_, err, code) = run_text(src, options);
    assert_eq!(code, 1);
    assert!(
        err.contains("Stopped by the playground: the program had more than 300 threads alive at once (thread budget)"),
        "{err}"
    );
}

#[test]
fn an_endless_loop_in_a_thread_is_stopped() {
    let src = "import threading\n\
        def spin():\n    while True:\n        pass\n\
        threading.Thread(target=spin).start()\n";
    let (_, err, code) = run_text(src, small_budgets());
    assert_eq!(code, 1);
    assert!(err.contains("is there an endless loop?"), "{err}");
}
