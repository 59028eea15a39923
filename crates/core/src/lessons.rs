//! The lessons: one registry drives the gallery, the URL (`?lesson=<id>`)
//! and the tests. Each lesson is a pair of programs run side by side: A, the
//! synchronous or naive version, and B, the asynchronous one. Beside each
//! program, `lessons/<id>/X.expected.txt` holds what CPython 3.11 printed
//! (`lessons/regenerate.py` rewrites them).

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
    pub title_en: &'static str,
    pub title_zh: &'static str,
    /// What to watch for on the timelines.
    pub explain_en: &'static str,
    pub explain_zh: &'static str,
    pub a: Program,
    pub b: Program,
}

macro_rules! program {
    ($id:literal, $which:literal, $en:literal, $zh:literal, $secs:expr) => {
        program!($id, $which, $en, $zh, $secs, "")
    };
    ($id:literal, $which:literal, $en:literal, $zh:literal, $secs:expr, $stderr:expr) => {
        Program {
            label_en: $en,
            label_zh: $zh,
            source: include_str!(concat!("../lessons/", $id, "/", $which, ".py")),
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
        title_en: "A coroutine is not a call",
        title_zh: "调用协程函数不等于执行它",
        explain_en: "Calling a plain function runs it at once. Calling an async function only makes a coroutine object: nothing inside runs until an event loop drives it. Watch program B: the task is pending until run_until_complete starts the loop, then its lane comes alive.",
        explain_zh: "普通函数一调用就立即执行；调用 async 函数只会得到一个协程对象，里面的代码一行都还没运行，要等事件循环来驱动。请看程序 B：在 run_until_complete 启动事件循环之前，任务一直处于 pending 状态，之后它的泳道才开始活动。",
        a: program!("coroutine-is-not-a-call", "a", "plain function", "普通函数", 0.0),
        b: program!("coroutine-is-not-a-call", "b", "coroutine and task", "协程与任务", 1.0),
    },
    Lesson {
        id: "callbacks",
        number: 2,
        title_en: "Callbacks",
        title_zh: "回调函数",
        explain_en: "task.add_done_callback(fn) asks the loop to call fn(task) when the task ends; task.result() gives its return value. In B, main keeps going while the download runs, and the callback's print lands on the timeline right after the task finishes.",
        explain_zh: "task.add_done_callback(fn) 让事件循环在任务结束时调用 fn(task)，task.result() 取得任务的返回值。在程序 B 中，下载进行时 main 继续往下执行；任务一结束，回调打印的内容就出现在时间线上。",
        a: program!("callbacks", "a", "await the result", "等待结果", 1.0),
        b: program!("callbacks", "b", "done callback", "完成回调", 1.0),
    },
    Lesson {
        id: "forgetting-await",
        number: 3,
        title_en: "Forgetting await",
        title_zh: "忘记写 await",
        explain_en: "Calling a coroutine function without await creates a coroutine and throws it away: nothing is saved, and CPython warns that the coroutine was never awaited. A finishes at once with the warning in its console; B really waits for the save.",
        explain_zh: "调用协程函数却不加 await，只是创建了一个协程然后把它丢掉：什么也没有保存，CPython 还会警告“coroutine was never awaited”。程序 A 立刻结束，控制台里出现这条警告；程序 B 才真正等到保存完成。",
        a: program!(
            "forgetting-await",
            "a",
            "without await",
            "没有 await",
            0.0,
            include_str!("../lessons/forgetting-await/a.expected-stderr.txt")
        ),
        b: program!("forgetting-await", "b", "with await", "使用 await", 1.0),
    },
    Lesson {
        id: "count-sleep",
        number: 4,
        title_en: "count and sleep",
        title_zh: "count 与 sleep",
        explain_en: "Three counts that each sleep for one second. With time.sleep they run one after another: One Two One Two One Two in 3 s. As coroutines gathered together, each sleep lets the others run: One One One Two Two Two in 1 s.",
        explain_zh: "三个 count 各自休眠一秒。用 time.sleep 时它们一个接一个执行：One Two One Two One Two，共 3 秒。改成协程并用 gather 一起运行，每次休眠都让出控制权给其他协程：One One One Two Two Two，只需 1 秒。",
        a: program!("count-sleep", "a", "time.sleep, one by one", "time.sleep 逐个执行", 3.0),
        b: program!("count-sleep", "b", "asyncio.gather", "asyncio.gather 并发", 1.0),
    },
    Lesson {
        id: "sequential-await",
        number: 5,
        title_en: "Sequential await is still sequential",
        title_zh: "逐个 await 仍然是串行",
        explain_en: "Four crawls that take 1, 2, 3 and 4 s. Awaiting each coroutine in turn takes 10 s: only one lane is ever waiting. Creating all the tasks first and then awaiting them takes 4 s, the longest one: all four lanes wait at the same time.",
        explain_zh: "四次抓取分别耗时 1、2、3、4 秒。依次 await 每个协程共需 10 秒：任何时刻只有一条泳道在等待。先用 create_task 创建全部任务再逐个等待，只需 4 秒（最长的那个）：四条泳道同时处于等待状态。",
        a: program!("sequential-await", "a", "await one by one", "逐个 await", 10.0),
        b: program!("sequential-await", "b", "create tasks first", "先创建任务", 4.0),
    },
    Lesson {
        id: "who-runs-when",
        number: 6,
        title_en: "Who runs when",
        title_zh: "谁在什么时候运行",
        explain_en: "Awaiting a coroutine runs it inside the awaiting task, so worker 2 starts only after worker 1 ends (3 s). Tasks start as soon as main pauses at its first await: both workers start together, worker 1 ends, main resumes, worker 2 ends, 2 s in all.",
        explain_zh: "直接 await 一个协程时，它在当前任务里运行，所以 worker 2 要等 worker 1 结束才开始（共 3 秒）。创建为任务后，main 一到第一个 await 就暂停，两个 worker 同时开始；worker 1 结束后 main 恢复，接着 worker 2 结束，总共 2 秒。",
        a: program!("who-runs-when", "a", "await coroutines", "直接 await 协程", 3.0),
        b: program!("who-runs-when", "b", "tasks", "使用任务", 2.0),
    },
    Lesson {
        id: "cancel-and-exceptions",
        number: 7,
        title_en: "Cancel, and exceptions as results",
        title_zh: "取消任务，异常作为结果",
        explain_en: "Worker 1 returns after 1 s, worker 2 divides by zero after 2 s, worker 3 would return after 3 s. Without return_exceptions the error ends the gather at 2 s. In B main cancels worker 3 at 2 s and gather(return_exceptions=True) returns the error and the cancellation as results.",
        explain_zh: "worker 1 在 1 秒后返回，worker 2 在 2 秒时除以零，worker 3 本该 3 秒后返回。不加 return_exceptions 时，异常在 2 秒时直接结束 gather。程序 B 中 main 在 2 秒时取消 worker 3，gather(return_exceptions=True) 把异常和取消都作为结果返回。",
        a: program!("cancel-and-exceptions", "a", "gather raises", "gather 抛出异常", 2.0),
        b: program!("cancel-and-exceptions", "b", "cancel + return_exceptions", "取消 + return_exceptions", 2.0),
    },
    Lesson {
        id: "wait-timeout",
        number: 8,
        title_en: "Waiting with a timeout",
        title_zh: "带超时的等待",
        explain_en: "asyncio.wait returns two sets, done and pending. With timeout=1.5 it returns after 1.5 s with one task done; the pending ones are not cancelled and keep running on their lanes until they finish.",
        explain_zh: "asyncio.wait 返回两个集合：done 和 pending。设置 timeout=1.5 后，它在 1.5 秒时返回，此时只有一个任务完成；未完成的任务不会被取消，仍在各自的泳道上继续运行直到结束。",
        a: program!("wait-timeout", "a", "wait for all", "等待全部", 3.0),
        b: program!("wait-timeout", "b", "wait with timeout", "带超时等待", 3.0),
    },
    Lesson {
        id: "producer-consumer",
        number: 9,
        title_en: "Producer / consumer",
        title_zh: "生产者与消费者",
        explain_en: "Producing everything first and consuming afterwards leaves no overlap (A). With an asyncio.Queue two producers and two consumers work at once (B): consumers wait on 'queue get' while the queue is empty. Finally main cancels the consumers and gathers everything with return_exceptions=True.",
        explain_zh: "先全部生产再统一消费，两者完全没有重叠（程序 A）。使用 asyncio.Queue 后，两个生产者和两个消费者同时工作（程序 B）：队列为空时，消费者处于“queue get”等待状态。最后 main 取消消费者，并用 return_exceptions=True 收集所有结果。",
        a: program!("producer-consumer", "a", "produce, then consume", "先生产后消费", 7.1),
        b: program!("producer-consumer", "b", "asyncio.Queue", "asyncio.Queue", 2.6),
    },
    Lesson {
        id: "blocking-trap",
        number: 10,
        title_en: "The blocking trap",
        title_zh: "阻塞陷阱",
        explain_en: "requests.get inside async def blocks the whole event loop: the five tasks send their requests one after another, 5.1 s in all, and the timeline shows the program blocked. aiohttp's requests are awaited: while one waits for the slow site, the loop sends the others, and all five answer in about the time of the slowest, 1.1 s.",
        explain_zh: "在 async def 里调用 requests.get 会阻塞整个事件循环：五个任务只能一个接一个发送请求，总共 5.1 秒，时间线上整个程序处于阻塞状态。aiohttp 的请求是用 await 等待的：一个请求等待慢网站应答时，事件循环去发送其他请求，五个请求大约在最慢那个的时间内全部完成，共 1.1 秒。",
        a: program!("blocking-trap", "a", "requests in coroutines", "协程中用 requests", 5.1),
        b: program!("blocking-trap", "b", "aiohttp", "aiohttp", 1.1),
    },
    Lesson {
        id: "crawler-race",
        number: 11,
        title_en: "The crawler race",
        title_zh: "爬虫竞速",
        explain_en: "A slow site where every page takes 0.2 s: three list pages lead to 25 detail pages. One by one, the crawl takes 28 × 0.2 s, about 6 s. With aiohttp the list pages still come in turn (each names the next), then all 25 detail pages are fetched at once: about 1 s.",
        explain_zh: "一个很慢的网站，每个页面都要 0.2 秒：三个列表页一共链接到 25 个详情页。逐个抓取需要 28 × 0.2 秒，约 6 秒。使用 aiohttp 时，列表页仍需依次获取（每页给出下一页的链接），之后 25 个详情页同时抓取：约 1 秒。",
        a: program!("crawler-race", "a", "requests, one by one", "requests 逐个抓取", 5.6),
        b: program!("crawler-race", "b", "aiohttp, all at once", "aiohttp 同时抓取", 0.8),
    },
    Lesson {
        id: "ways-to-fetch",
        number: 12,
        title_en: "Ways to fetch",
        title_zh: "抓取的几种方式",
        explain_en: "The same ten pages of a site that takes 0.5 s a page. A single thread with blocking requests waits for each page in turn: 5 s. asyncio sends all ten and waits for them together: 0.5 s. Both read the titles with re. One thread per request and one process per request are the other two ways; they come with threads and processes.",
        explain_zh: "同样的十个页面，网站每页需要 0.5 秒。单线程用阻塞的 requests 依次等待每个页面：5 秒。asyncio 一次发出全部十个请求并一起等待：0.5 秒。两者都用 re 提取标题。每个请求一个线程、每个请求一个进程是另外两种方式，将随线程与进程功能一起提供。",
        a: program!("ways-to-fetch", "a", "blocking, one by one", "阻塞，逐个抓取", 5.0),
        b: program!("ways-to-fetch", "b", "asyncio", "asyncio", 0.5),
    },
    Lesson {
        id: "limits",
        number: 13,
        title_en: "Limits: requests in waves",
        title_zh: "限流：请求分批进行",
        explain_en: "Twelve requests to a site that takes 0.5 s a page. Sent all at once they are all answered at 0.5 s. Through asyncio.Semaphore(3) at most three are in flight: the timeline shows four waves, answered at 0.5, 1, 1.5 and 2 s. Browsers add a cap of their own: six connections per host.",
        explain_zh: "向一个每页需要 0.5 秒的网站发送十二个请求。一次全部发出时，它们都在 0.5 秒时得到应答。经过 asyncio.Semaphore(3) 后，同时最多只有三个请求在进行：时间线上出现四批，分别在 0.5、1、1.5 和 2 秒得到应答。浏览器自己还有一个上限：每个主机最多六个连接。",
        a: program!("limits", "a", "all at once", "全部同时发出", 0.5),
        b: program!("limits", "b", "asyncio.Semaphore(3)", "asyncio.Semaphore(3)", 2.0),
    },
    Lesson {
        id: "pools",
        number: 14,
        title_en: "Pools: a fixed number of workers",
        title_zh: "池：固定数量的工作者",
        explain_en: "Nine requests to a site that takes 0.5 s a page. One by one they take 4.5 s. A ThreadPoolExecutor of three threads runs three at a time: the timeline shows three waves, answered at 0.5, 1.0 and 1.5 s. A worker takes the next request only when its previous one is done, and the same three threads serve all nine.",
        explain_zh: "向一个每页需要 0.5 秒的网站发送九个请求。逐个发送需要 4.5 秒。三个线程的 ThreadPoolExecutor 每次处理三个：时间线上出现三批，分别在 0.5、1.0 和 1.5 秒得到应答。工作线程只有做完手上的请求才接下一个，九个请求始终由同样的三个线程完成。",
        a: program!("pools", "a", "one by one", "逐个请求", 4.5),
        b: program!("pools", "b", "ThreadPoolExecutor(3)", "ThreadPoolExecutor(3) 线程池", 1.5),
    },
    Lesson {
        id: "blocking-from-asyncio",
        number: 15,
        title_en: "Blocking code from asyncio",
        title_zh: "在 asyncio 中调用阻塞代码",
        explain_en: "A ticker task prints every 0.2 s while main calls a function that blocks for 1 s. Called directly inside the coroutine (A), it holds the whole event loop: the ticker freezes for a second and the run takes 2.1 s. Handed to loop.run_in_executor (B), it runs in a thread of the default pool while the loop keeps ticking: 1.2 s. Watch the thread's lane beside the tasks.",
        explain_zh: "一个计时任务每 0.2 秒打印一次，同时 main 调用一个会阻塞 1 秒的函数。在协程中直接调用（程序 A）时，它卡住了整个事件循环：计时任务停顿一秒，整个运行用时 2.1 秒。交给 loop.run_in_executor（程序 B）时，函数在默认线程池的一个线程中运行，事件循环照常计时：1.2 秒。注意任务旁边那条线程的时间线。",
        a: program!("blocking-from-asyncio", "a", "called directly", "在协程中直接调用", 2.1),
        b: program!("blocking-from-asyncio", "b", "loop.run_in_executor", "loop.run_in_executor 放入线程池", 1.2),
    },
    Lesson {
        id: "async-protocols",
        number: 17,
        title_en: "Async iterators and context managers",
        title_zh: "异步迭代器与异步上下文管理器",
        explain_en: "A class with __aiter__/__anext__ (ending with StopAsyncIteration) works in async for; one with __aenter__/__aexit__ works in async with. Each await inside them is a point where other tasks run: in B the two readers interleave their pages.",
        explain_zh: "定义了 __aiter__/__anext__（以 StopAsyncIteration 结束）的类可以用于 async for；定义了 __aenter__/__aexit__ 的类可以用于 async with。它们内部的每个 await 都是让其他任务运行的时机：在程序 B 中，两个读取者交替读取页面。",
        a: program!("async-protocols", "a", "iterator and with", "迭代器与 with", 1.5),
        b: program!("async-protocols", "b", "async for and async with", "async for 与 async with", 1.6),
    },
    Lesson {
        id: "ready-and-waiting",
        number: 18,
        title_en: "Ready and waiting",
        title_zh: "就绪与等待",
        explain_en: "The loop keeps the tasks that can run (ready) and those waiting for a timer or I/O (waiting). It takes a ready task and runs it until an await that must wait, then moves it to waiting. Tasks that never wait run to their end one at a time (A); tasks that sleep take turns (B). Scrub the playhead and watch the event-loop panel.",
        explain_zh: "事件循环维护两组任务：可以运行的（就绪）和在等待定时器或 I/O 的（等待）。它取出一个就绪任务，运行到一个需要等待的 await 为止，再把它移入等待组。从不等待的任务只能一个接一个跑完（程序 A）；会休眠的任务轮流执行（程序 B）。拖动播放头，观察事件循环面板。",
        a: program!("ready-and-waiting", "a", "tasks that never wait", "从不等待的任务", 0.0),
        b: program!("ready-and-waiting", "b", "tasks that wait", "会等待的任务", 1.5),
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
            for p in [&l.a, &l.b] {
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
