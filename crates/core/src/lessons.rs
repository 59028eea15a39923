//! The lessons: one registry drives the gallery, the URL (`?lesson=<id>`)
//! and the tests. Each lesson is two to four programs run side by side on
//! one time axis: A, the synchronous or naive version, then B (and C, D),
//! the concurrent ones. Beside each
//! program, `lessons/<id>/X.expected.txt` holds what CPython 3.11 printed
//! (`lessons/regenerate.py` rewrites them).

/// The programs' letters, in order: `lessons/<id>/<letter>.py`.
pub const LETTERS: [&str; 4] = ["a", "b", "c", "d"];

/// One program of a lesson.
#[derive(Debug)]
pub struct Program {
    pub label_en: &'static str,
    pub label_zh: &'static str,
    pub source: &'static str,
    /// CPython's stdout, memory addresses masked as `0xADDR`.
    pub expected_stdout: &'static str,
    /// CPython's stderr (warnings), empty when it wrote nothing.
    pub expected_stderr: &'static str,
    /// How long the program takes, in seconds.
    pub expected_elapsed_s: f64,
}

#[derive(Debug)]
pub struct Lesson {
    pub id: &'static str,
    /// The lesson's number in the curriculum.
    pub number: u32,
    /// Its programs compute (CPU-bound): their times depend on the machine,
    /// and the page runs them one after another, so that one's processes
    /// do not share the cores with the others' computing.
    pub computes: bool,
    pub title_en: &'static str,
    pub title_zh: &'static str,
    /// What to watch for on the timelines.
    pub explain_en: &'static str,
    pub explain_zh: &'static str,
    /// Two to four programs racing on one time axis, A first: typically
    /// the synchronous or naive version, then the others.
    pub programs: &'static [Program],
}

/// A lesson's explanation (`lessons/<id>/explain.<lang>.txt`): the page
/// fetches the files instead of carrying them (`components::gallery`).
macro_rules! explain {
    ($id:literal, $lang:literal) => {
        if cfg!(target_arch = "wasm32") {
            ""
        } else {
            include_str!(concat!("../lessons/", $id, "/explain.", $lang, ".txt")).trim_ascii_end()
        }
    };
}

macro_rules! program {
    ($id:literal, $which:literal, $en:literal, $zh:literal, $secs:expr) => {
        program!($id, $which, $en, $zh, $secs, "")
    };
    ($id:literal, $which:literal, $en:literal, $zh:literal, $secs:expr, $stderr:expr) => {
        Program {
            label_en: $en,
            label_zh: $zh,
            // The page fetches the programs as files (`net::load_lessons`).
            source: if cfg!(target_arch = "wasm32") {
                ""
            } else {
                include_str!(concat!("../lessons/", $id, "/", $which, ".py"))
            },
            // The page does not show CPython's expected output; tests do.
            expected_stdout: if cfg!(target_arch = "wasm32") {
                ""
            } else {
                include_str!(concat!("../lessons/", $id, "/", $which, ".expected.txt"))
            },
            expected_stderr: $stderr,
            expected_elapsed_s: $secs,
        }
    };
}

static LESSONS: &[Lesson] = &[
    Lesson {
        id: "coroutine-is-not-a-call",
        number: 1,
        computes: false,
        title_en: "A coroutine is not a call",
        title_zh: "调用协程函数不等于执行它",
        explain_en: explain!("coroutine-is-not-a-call", "en"),
        explain_zh: explain!("coroutine-is-not-a-call", "zh"),
        programs: &[
            program!(
                "coroutine-is-not-a-call",
                "a",
                "plain function",
                "普通函数",
                0.0
            ),
            program!(
                "coroutine-is-not-a-call",
                "b",
                "coroutine and task",
                "协程与任务",
                1.0
            ),
        ],
    },
    Lesson {
        id: "callbacks",
        number: 2,
        computes: false,
        title_en: "Callbacks",
        title_zh: "回调函数",
        explain_en: explain!("callbacks", "en"),
        explain_zh: explain!("callbacks", "zh"),
        programs: &[
            program!("callbacks", "a", "await the result", "等待结果", 1.0),
            program!("callbacks", "b", "done callback", "完成回调", 1.0),
        ],
    },
    Lesson {
        id: "forgetting-await",
        number: 3,
        computes: false,
        title_en: "Forgetting await",
        title_zh: "忘记写 await",
        explain_en: explain!("forgetting-await", "en"),
        explain_zh: explain!("forgetting-await", "zh"),
        programs: &[
            program!(
                "forgetting-await",
                "a",
                "without await",
                "没有 await",
                0.0,
                include_str!("../lessons/forgetting-await/a.expected-stderr.txt")
            ),
            program!("forgetting-await", "b", "with await", "使用 await", 1.0),
        ],
    },
    Lesson {
        id: "count-sleep",
        number: 4,
        computes: false,
        title_en: "count and sleep",
        title_zh: "count 与 sleep",
        explain_en: explain!("count-sleep", "en"),
        explain_zh: explain!("count-sleep", "zh"),
        programs: &[
            program!(
                "count-sleep",
                "a",
                "time.sleep, one by one",
                "time.sleep 逐个执行",
                3.0
            ),
            program!(
                "count-sleep",
                "b",
                "asyncio.gather",
                "asyncio.gather 并发",
                1.0
            ),
        ],
    },
    Lesson {
        id: "sequential-await",
        number: 5,
        computes: false,
        title_en: "Sequential await is still sequential",
        title_zh: "逐个 await 仍然是串行",
        explain_en: explain!("sequential-await", "en"),
        explain_zh: explain!("sequential-await", "zh"),
        programs: &[
            program!(
                "sequential-await",
                "a",
                "await one by one",
                "逐个 await",
                10.0
            ),
            program!(
                "sequential-await",
                "b",
                "create tasks first",
                "先创建任务",
                4.0
            ),
        ],
    },
    Lesson {
        id: "who-runs-when",
        number: 6,
        computes: false,
        title_en: "Who runs when",
        title_zh: "谁在什么时候运行",
        explain_en: explain!("who-runs-when", "en"),
        explain_zh: explain!("who-runs-when", "zh"),
        programs: &[
            program!(
                "who-runs-when",
                "a",
                "await coroutines",
                "直接 await 协程",
                3.0
            ),
            program!("who-runs-when", "b", "tasks", "使用任务", 2.0),
        ],
    },
    Lesson {
        id: "cancel-and-exceptions",
        number: 7,
        computes: false,
        title_en: "Cancel, and exceptions as results",
        title_zh: "取消任务，异常作为结果",
        explain_en: explain!("cancel-and-exceptions", "en"),
        explain_zh: explain!("cancel-and-exceptions", "zh"),
        programs: &[
            program!(
                "cancel-and-exceptions",
                "a",
                "gather raises",
                "gather 抛出异常",
                2.0
            ),
            program!(
                "cancel-and-exceptions",
                "b",
                "cancel + return_exceptions",
                "取消 + return_exceptions",
                2.0
            ),
        ],
    },
    Lesson {
        id: "wait-timeout",
        number: 8,
        computes: false,
        title_en: "Waiting with a timeout",
        title_zh: "带超时的等待",
        explain_en: explain!("wait-timeout", "en"),
        explain_zh: explain!("wait-timeout", "zh"),
        programs: &[
            program!("wait-timeout", "a", "wait for all", "等待全部", 3.0),
            program!("wait-timeout", "b", "wait with timeout", "带超时等待", 3.0),
        ],
    },
    Lesson {
        id: "producer-consumer",
        number: 9,
        computes: false,
        title_en: "Producer / consumer",
        title_zh: "生产者与消费者",
        explain_en: explain!("producer-consumer", "en"),
        explain_zh: explain!("producer-consumer", "zh"),
        programs: &[
            program!(
                "producer-consumer",
                "a",
                "produce, then consume",
                "先生产后消费",
                7.1
            ),
            program!(
                "producer-consumer",
                "b",
                "asyncio.Queue",
                "asyncio.Queue",
                2.6
            ),
        ],
    },
    Lesson {
        id: "blocking-trap",
        number: 10,
        computes: false,
        title_en: "The blocking trap",
        title_zh: "阻塞陷阱",
        explain_en: explain!("blocking-trap", "en"),
        explain_zh: explain!("blocking-trap", "zh"),
        programs: &[
            program!(
                "blocking-trap",
                "a",
                "requests in coroutines",
                "协程中用 requests",
                5.1
            ),
            program!("blocking-trap", "b", "aiohttp", "aiohttp", 1.1),
        ],
    },
    Lesson {
        id: "crawler-race",
        number: 11,
        computes: false,
        title_en: "The crawler race",
        title_zh: "爬虫竞速",
        explain_en: explain!("crawler-race", "en"),
        explain_zh: explain!("crawler-race", "zh"),
        programs: &[
            program!(
                "crawler-race",
                "a",
                "requests, one by one",
                "requests 逐个抓取",
                5.6
            ),
            program!(
                "crawler-race",
                "b",
                "aiohttp, all at once",
                "aiohttp 同时抓取",
                0.8
            ),
        ],
    },
    Lesson {
        id: "ways-to-fetch",
        number: 12,
        computes: false,
        title_en: "Four ways to fetch",
        title_zh: "抓取的四种方式",
        explain_en: explain!("ways-to-fetch", "en"),
        explain_zh: explain!("ways-to-fetch", "zh"),
        programs: &[
            program!(
                "ways-to-fetch",
                "a",
                "blocking, one by one",
                "阻塞，逐个抓取",
                5.0
            ),
            program!(
                "ways-to-fetch",
                "b",
                "a thread per request",
                "每个请求一个线程",
                0.5
            ),
            program!(
                "ways-to-fetch",
                "c",
                "a process per request",
                "每个请求一个进程",
                0.5
            ),
            program!("ways-to-fetch", "d", "asyncio", "asyncio", 0.5),
        ],
    },
    Lesson {
        id: "limits",
        number: 13,
        computes: false,
        title_en: "Limits: requests in waves",
        title_zh: "限流：请求分批进行",
        explain_en: explain!("limits", "en"),
        explain_zh: explain!("limits", "zh"),
        programs: &[
            program!("limits", "a", "all at once", "全部同时发出", 0.5),
            program!(
                "limits",
                "b",
                "asyncio.Semaphore(3)",
                "asyncio.Semaphore(3)",
                2.0
            ),
        ],
    },
    Lesson {
        id: "pools",
        number: 14,
        computes: false,
        title_en: "Pools: a fixed number of workers",
        title_zh: "池：固定数量的工作者",
        explain_en: explain!("pools", "en"),
        explain_zh: explain!("pools", "zh"),
        programs: &[
            program!("pools", "a", "one by one", "逐个请求", 4.5),
            program!(
                "pools",
                "b",
                "ThreadPoolExecutor(3)",
                "ThreadPoolExecutor(3) 线程池",
                1.5
            ),
            program!(
                "pools",
                "c",
                "multiprocessing.Pool(3)",
                "multiprocessing.Pool(3) 进程池",
                1.5
            ),
        ],
    },
    Lesson {
        id: "blocking-from-asyncio",
        number: 15,
        computes: false,
        title_en: "Blocking code from asyncio",
        title_zh: "在 asyncio 中调用阻塞代码",
        explain_en: explain!("blocking-from-asyncio", "en"),
        explain_zh: explain!("blocking-from-asyncio", "zh"),
        programs: &[
            program!(
                "blocking-from-asyncio",
                "a",
                "called directly",
                "在协程中直接调用",
                2.1
            ),
            program!(
                "blocking-from-asyncio",
                "b",
                "loop.run_in_executor",
                "loop.run_in_executor 放入线程池",
                1.2
            ),
        ],
    },
    Lesson {
        id: "choosing",
        number: 16,
        computes: true,
        title_en: "Choosing: CPU-bound work",
        title_zh: "如何选择：CPU 密集型任务",
        explain_en: explain!("choosing", "en"),
        explain_zh: explain!("choosing", "zh"),
        programs: &[
            program!("choosing", "a", "one by one", "逐个计算", 2.25),
            program!(
                "choosing",
                "b",
                "ThreadPoolExecutor(4)",
                "ThreadPoolExecutor(4) 线程池",
                2.25
            ),
            program!(
                "choosing",
                "c",
                "ProcessPoolExecutor(4)",
                "ProcessPoolExecutor(4) 进程池",
                0.68
            ),
            program!("choosing", "d", "asyncio.gather", "asyncio.gather", 2.25),
        ],
    },
    Lesson {
        id: "async-protocols",
        number: 17,
        computes: false,
        title_en: "Async iterators and context managers",
        title_zh: "异步迭代器与异步上下文管理器",
        explain_en: explain!("async-protocols", "en"),
        explain_zh: explain!("async-protocols", "zh"),
        programs: &[
            program!(
                "async-protocols",
                "a",
                "iterator and with",
                "迭代器与 with",
                1.5
            ),
            program!(
                "async-protocols",
                "b",
                "async for and async with",
                "async for 与 async with",
                1.6
            ),
        ],
    },
    Lesson {
        id: "ready-and-waiting",
        number: 18,
        computes: false,
        title_en: "Ready and waiting",
        title_zh: "就绪与等待",
        explain_en: explain!("ready-and-waiting", "en"),
        explain_zh: explain!("ready-and-waiting", "zh"),
        programs: &[
            program!(
                "ready-and-waiting",
                "a",
                "tasks that never wait",
                "从不等待的任务",
                0.0
            ),
            program!(
                "ready-and-waiting",
                "b",
                "tasks that wait",
                "会等待的任务",
                1.5
            ),
        ],
    },
];

/// Every lesson, in curriculum order.
pub fn all() -> &'static [Lesson] {
    LESSONS
}

pub fn find(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_well_formed() {
        let mut ids = std::collections::HashSet::new();
        let mut last = 0;
        for l in all() {
            assert!(ids.insert(l.id), "duplicate lesson id {}", l.id);
            assert!(
                l.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "id {} is not URL-safe",
                l.id
            );
            assert!(
                l.number > last,
                "lessons out of curriculum order at {}",
                l.id
            );
            last = l.number;
            for text in [l.title_en, l.title_zh, l.explain_en, l.explain_zh] {
                assert!(!text.trim().is_empty(), "{} has an empty text", l.id);
            }
            assert!(
                (2..=4).contains(&l.programs.len()),
                "{} has {} programs",
                l.id,
                l.programs.len()
            );
            for p in l.programs {
                assert!(
                    !p.source.trim().is_empty() && !p.expected_stdout.trim().is_empty(),
                    "{} program empty",
                    l.id
                );
                assert!(!p.label_en.is_empty() && !p.label_zh.is_empty());
            }
        }
        assert!(find("count-sleep").is_some() && find("nope").is_none());
    }
}
