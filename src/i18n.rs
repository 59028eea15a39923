//! Chinese and English UI text. The language comes from `navigator.language`
//! unless the learner chose one (remembered in localStorage).

use crate::reactive::RwSignal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

const STORAGE_KEY: &str = "async-playground.lang";

impl Lang {
    /// The language a link asked for (`?lang=`), else the one the learner
    /// chose before, else the browser's.
    pub fn detect() -> Lang {
        if let Some(l) = crate::params::current().lang {
            return l;
        }
        if let Some(saved) = crate::storage::get(STORAGE_KEY) {
            return if saved == "zh" { Lang::Zh } else { Lang::En };
        }
        let nav = web_sys::window()
            .map(|w| w.navigator().language().unwrap_or_default())
            .unwrap_or_default();
        if nav.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    pub fn remember(self) {
        crate::storage::set(STORAGE_KEY, if self == Lang::Zh { "zh" } else { "en" });
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// A UI string's key; `Key::named` reads one the core or a link names.
macro_rules! keys {
    ($($key:ident = $name:literal,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Key {
            $($key,)*
        }

        impl Key {
            const ALL: &'static [Key] = &[$(Key::$key,)*];
            /// By the key's position: a table, smaller in the page's
            /// WebAssembly than a `match` on strings.
            const NAMES: &'static [&'static str] = &[$($name,)*];

            /// Its name, which some elements' test ids use too.
            pub fn name(self) -> &'static str {
                Self::NAMES[self as usize]
            }

            pub fn named(name: &str) -> Option<Key> {
                let at = Self::NAMES.iter().position(|n| *n == name)?;
                Some(Self::ALL[at])
            }
        }
    };
}

/// One UI string in the learner's language.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let Some(&(_, en, zh)) = TEXTS.iter().find(|(k, _, _)| *k == key) else {
        return "?";
    };
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// A UI string by its name, as the core's drawing and links give it (`?`
/// for an unknown one, which the tests look for).
pub fn t_named(lang: Lang, name: &str) -> &'static str {
    Key::named(name).map_or("?", |k| t(lang, k))
}

keys! {
    Tagline = "tagline",
    Lessons = "lessons",
    Lesson = "lesson",
    Run = "run",
    Stop = "stop",
    Reset = "reset",
    ResetLabel = "reset-label",
    ResetConfirm = "reset-confirm",
    StepA = "step-a",
    StepB = "step-b",
    StepC = "step-c",
    StepD = "step-d",
    StepLabel = "step-label",
    Stepping = "stepping",
    ProgramA = "program-a",
    ProgramB = "program-b",
    ProgramC = "program-c",
    ProgramD = "program-d",
    Console = "console",
    Timeline = "timeline",
    Line = "line",
    Lanes = "lanes",
    MoreTasks = "more-tasks",
    ShowAll = "show-all",
    ShowFewer = "show-fewer",
    Running = "running",
    NotRun = "not-run",
    Stopped = "stopped",
    Exit = "exit",
    LoopPanel = "loop-panel",
    Ready = "ready",
    Waiting = "waiting",
    NowRunning = "now-running",
    Blocked = "blocked",
    Threads = "threads",
    Processes = "processes",
    ThreadRunning = "thread-running",
    ThreadReady = "thread-ready",
    Nothing = "nothing",
    Legend = "legend",
    LegendRunning = "legend-running",
    LegendReady = "legend-ready",
    LegendWaiting = "legend-waiting",
    LegendBlocked = "legend-blocked",
    MarkerPrint = "marker-print",
    MarkerResult = "marker-result",
    MarkerError = "marker-error",
    MarkerCancelled = "marker-cancelled",
    Faster = "faster",
    Fastest = "fastest",
    SameSpeed = "same-speed",
    OpenFull = "open-full",
    Language = "language",
    LanguageLabel = "language-label",
    HiddenTab = "hidden-tab",
    SiteInPage = "site-in-page",
    SiteSettings = "site-settings",
    SiteLatency = "site-latency",
    SiteErrors = "site-errors",
    SiteRealServer = "site-real-server",
    SiteSettingsHint = "site-settings-hint",
    UnknownParam = "unknown-param",
    Playhead = "playhead",
    ScrubHint = "scrub-hint",
    EmptyProgram = "empty-program",
    OneAtATime = "one-at-a-time",
    EditorHint = "editor-hint",
    OtherLangExplain = "other-lang-explain",
    Truncated = "truncated",
    ModulesHint = "modules-hint",
    NoteUvloop = "note-uvloop",
    NoteNestAsyncio = "note-nest_asyncio",
    Dropped = "dropped",
    Share = "share",
    ShareWords = "share-words",
    ShareReplace = "share-replace",
    ShareKept = "share-kept",
    ShareCut = "share-cut",
    ShareDamaged = "share-damaged",
    ShareNewer = "share-newer",
    ShareOwn = "share-own",
    Export = "export",
    ExportItems = "export-items",
}

/// (key, English, Chinese)
const TEXTS: &[(Key, &str, &str)] = &[
    (Key::Tagline,
        "Run Python asyncio programs and watch every task on a timeline.",
        "运行 Python asyncio 程序，在时间线上观察每一个任务。",
    ),
    (Key::Lessons, "Lessons", "课程列表"),
    (Key::Lesson, "Lesson", "课程"),
    (Key::Run, "Run", "运行"),
    (Key::Stop, "Stop", "停止"),
    (Key::Reset, "Reset", "重置"),
    (Key::ResetLabel, "Restore this lesson's programs", "恢复本课的原始程序"),
    (Key::ResetConfirm, "Throw away your edits and restore this lesson's programs?", "放弃你的修改，恢复本课的原始程序？"),
    (Key::StepA, "Step A", "单步 A"),
    (Key::StepB, "Step B", "单步 B"),
    (Key::StepC, "Step C", "单步 C"),
    (Key::StepD, "Step D", "单步 D"),
    (Key::StepLabel,
        "Run one event-loop turn on the virtual clock",
        "在虚拟时钟上运行事件循环的一轮",
    ),
    (Key::Stepping,
        "Step mode: each press runs one turn of the event loop; the clock jumps to the next timer.",
        "单步模式：每按一次运行事件循环的一轮，时钟跳到下一个定时器。",
    ),
    (Key::ProgramA, "Program A", "程序 A"),
    (Key::ProgramB, "Program B", "程序 B"),
    (Key::ProgramC, "Program C", "程序 C"),
    (Key::ProgramD, "Program D", "程序 D"),
    (Key::Console, "Console", "控制台"),
    (Key::Timeline, "Timelines", "时间线"),
    (Key::Line, "line", "行"),
    (Key::Lanes, "tasks", "个任务"),
    (Key::MoreTasks, "more tasks", "个任务未显示"),
    (Key::ShowAll, "Show all", "显示全部"),
    (Key::ShowFewer, "Show the first 40 tasks", "只显示前 40 个任务"),
    (Key::Running, "running…", "运行中…"),
    (Key::NotRun, "not run yet", "尚未运行"),
    (Key::Stopped, "stopped", "已停止"),
    (Key::Exit, "exit code", "退出码"),
    (Key::LoopPanel, "Event loop at the playhead", "播放头时刻的事件循环"),
    (Key::Ready, "Ready", "就绪"),
    (Key::Waiting, "Waiting", "等待"),
    (Key::NowRunning, "Running", "正在运行"),
    (Key::Blocked, "Blocked", "阻塞"),
    (Key::Threads, "Threads", "线程"),
    (Key::Processes, "Processes", "进程"),
    (Key::ThreadRunning, "running", "运行中"),
    (Key::ThreadReady, "ready", "就绪"),
    (Key::Nothing, "—", "—"),
    (Key::Legend, "Legend", "图例"),
    (Key::LegendRunning, "running", "运行"),
    (Key::LegendReady, "ready", "就绪"),
    (Key::LegendWaiting, "waiting", "等待"),
    (Key::LegendBlocked, "blocked (whole program)", "阻塞（整个程序）"),
    (Key::MarkerPrint, "print", "输出"),
    (Key::MarkerResult, "result", "结果"),
    (Key::MarkerError, "error", "异常"),
    (Key::MarkerCancelled, "cancelled", "已取消"),
    (Key::Faster, "faster", "更快"),
    (Key::Fastest, "fastest", "最快"),
    (Key::SameSpeed, "same time", "用时相同"),
    (Key::OpenFull, "Open the full playground ↗", "打开完整的游乐场 ↗"),
    (Key::Language, "中文", "English"),
    (Key::LanguageLabel, "切换到中文 (Switch to Chinese)", "Switch to English (切换到英文)"),
    (Key::HiddenTab,
        "The tab was hidden during the run: browsers slow timers in hidden tabs, so the times may be longer than the program's.",
        "运行期间标签页被隐藏：浏览器会减慢隐藏标签页中的定时器，因此显示的时间可能比程序实际耗时更长。",
    ),
    (Key::SiteInPage,
        "No Service Worker could run here, so the demo site answered inside the page, after its delays: its requests are not in the browser's network panel.",
        "此处无法运行 Service Worker，因此演示网站在页面内应答（按其设定的延迟）：这些请求不会出现在浏览器的网络面板中。",
    ),
    (Key::SiteSettings, "Demo site", "演示网站"),
    (Key::SiteLatency, "Latency of every page (ms)", "每个页面的延迟（毫秒）"),
    (Key::SiteErrors, "Error rate (% of pages answered 500)", "出错率（以 500 应答的页面百分比）"),
    (Key::SiteRealServer,
        "Send http://127.0.0.1:8090 and localhost:8090 to a real server (playground serve): the browser then opens at most 6 connections per host",
        "将 http://127.0.0.1:8090 和 localhost:8090 发往真实服务器（playground serve）：浏览器对每个主机最多同时打开 6 个连接",
    ),
    (Key::SiteSettingsHint,
        "The site answers ./site/… (and 127.0.0.1:8090, localhost:8090) inside this page, through a Service Worker. Changes apply from the next run.",
        "演示网站在本页面内（通过 Service Worker）应答 ./site/…（以及 127.0.0.1:8090、localhost:8090）。修改从下一次运行开始生效。",
    ),
    (Key::UnknownParam, "Some link parameters were not understood and were ignored:", "部分链接参数无法识别，已忽略："),
    (Key::Playhead, "Playhead (seconds)", "播放头（秒）"),
    (Key::ScrubHint, "After a run: drag on a timeline, Play it again (1× or 0.25×), or go from event to event with ← and → on the slider.", "运行结束后：在时间线上拖动、重新播放（1× 或 0.25×），或在滑块上用 ← 和 → 逐个事件跳转。"),
    (Key::EmptyProgram, "An empty program is not run.", "留空的程序不会运行。"),
    (Key::OneAtATime,
        "These programs compute: Run runs them one after another, each on its own clock, so that the processes of one do not share your cores with the others.",
        "这些程序在做计算：运行时它们依次执行，各自计时，以免一个程序的进程与其他程序争用你的 CPU 核心。",
    ),
    (Key::EditorHint,
        "Tab indents · Shift+Tab or Esc then Tab leaves the editor · Ctrl/Cmd+Enter runs · edits are kept in this browser",
        "Tab 缩进 · Shift+Tab 或先按 Esc 再按 Tab 离开编辑器 · Ctrl/Cmd+Enter 运行 · 修改会保存在本浏览器中",
    ),
    (Key::OtherLangExplain, "中文说明", "English"),
    (Key::Truncated,
        "The trace reached its size limit: the timeline stops there, the program ran on.",
        "跟踪记录达到上限：时间线到此为止，程序仍继续运行。",
    ),
    (Key::ModulesHint, "The playground's modules: ", "本游乐场提供的模块："),
    // Said under a program that imports nest_asyncio or uvloop.
    (Key::NoteNestAsyncio,
        "nest_asyncio is not needed here: the program runs as a script, with no event loop already running for asyncio.run() to nest in; apply() changes nothing.",
        "这里不需要 nest_asyncio：程序作为脚本运行，没有已在运行的事件循环让 asyncio.run() 嵌套；apply() 不做任何改变。",
    ),
    (Key::NoteUvloop,
        "uvloop: the playground has one event loop, asyncio's own; uvloop's install(), EventLoopPolicy and new_event_loop give that loop.",
        "uvloop：本游乐场只有一个事件循环，即 asyncio 自己的；uvloop 的 install()、EventLoopPolicy 和 new_event_loop 都给出这个循环。",
    ),
    (Key::Dropped, "bytes of earlier output not shown", "字节的较早输出未显示"),
    (Key::Share, "Share", "分享"),
    // The share status line's words, in order: copied, to copy, the
    // length's unit, the long-link warning, a failure, the embed code,
    // its autorun option, its height, its theme (the system's, light,
    // dark), its form.
    (Key::ShareWords,
        "Link copied|Copy this link|characters|over 8 KB: some chat apps cut such links|Could not make the link.|Embed in a web page|run on load|height (px)|theme|the reader's|light|dark|form",
        "链接已复制|请复制此链接|个字符|超过 8 KB：有些聊天软件会截断|无法生成链接。|嵌入网页|加载后自动运行|高度（像素）|主题|跟随读者系统|浅色|深色|形式",
    ),
    (Key::ShareReplace, "This link brings other programs. Replace your saved edits?", "此链接带来其他程序。替换你保存的修改吗？"),
    (Key::ShareKept, "Your saved edits were kept.", "已保留你保存的修改。"),
    (Key::ShareCut, "This link was cut short", "此链接被截断了"),
    (Key::ShareDamaged, "This link was changed or damaged", "此链接被改动或已损坏"),
    (Key::ShareNewer, "This link is from a newer playground", "此链接来自更新版本的游乐场"),
    (Key::ShareOwn, "; here are the lesson's own programs.", "；这里是本课自己的程序。"),
    (Key::Export, "Export", "导出"),
    // The export menu's items: trace, SVG, PNG, consoles.
    (Key::ExportItems,
        "Trace for Perfetto (JSON)|Timelines (SVG)|Timelines (PNG)|Consoles (text)",
        "Perfetto 跟踪（JSON）|时间线（SVG）|时间线（PNG）|控制台（文本）",
    ),
];

/// A reactive translator bound to the language signal.
pub fn tr(lang: RwSignal<Lang>, key: Key) -> crate::dom::Rx<String> {
    crate::dom::rx(move || t(lang.get(), key).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_its_words_once() {
        for key in Key::ALL {
            let rows = TEXTS.iter().filter(|(k, _, _)| k == key).count();
            assert_eq!(rows, 1, "{key:?}");
        }
    }
}
