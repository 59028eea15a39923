//! Chinese and English UI text. The language comes from `navigator.language`
//! unless the learner chose one (remembered in localStorage).

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

const STORAGE_KEY: &str = "async-playground.lang";

impl Lang {
    pub fn detect() -> Lang {
        if let Some(saved) = crate::storage::get(STORAGE_KEY) {
            return if saved == "zh" { Lang::Zh } else { Lang::En };
        }
        let nav = web_sys::window()
            .map(|w| w.navigator().language().unwrap_or_default())
            .unwrap_or_default();
        if nav.to_lowercase().starts_with("zh") {
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

/// One UI string in both languages.
pub fn t(lang: Lang, key: &str) -> &'static str {
    let (en, zh) = match key {
        "tagline" => (
            "Run Python asyncio programs and watch every task on a timeline.",
            "运行 Python asyncio 程序，在时间线上观察每一个任务。",
        ),
        "lesson" => ("Lesson", "课程"),
        "run" => ("Run", "运行"),
        "stop" => ("Stop", "停止"),
        "reset" => ("Reset", "重置"),
        "step" => ("Step B", "单步运行 B"),
        "program-a" => ("Program A", "程序 A"),
        "program-b" => ("Program B", "程序 B"),
        "console" => ("Console", "控制台"),
        "timeline" => ("Timeline", "时间线"),
        "elapsed" => ("Elapsed", "耗时"),
        "running" => ("running…", "运行中…"),
        "not-run" => ("not run yet", "尚未运行"),
        "loop-panel" => ("Event loop at the playhead", "播放头时刻的事件循环"),
        "ready" => ("Ready", "就绪"),
        "waiting" => ("Waiting", "等待"),
        "now-running" => ("Running", "正在运行"),
        "blocked" => ("Blocked", "阻塞"),
        "nothing" => ("—", "—"),
        "legend-running" => ("running", "运行"),
        "legend-ready" => ("ready", "就绪"),
        "legend-waiting" => ("waiting", "等待"),
        "legend-blocked" => ("blocked", "阻塞"),
        "speedup" => ("faster", "倍速"),
        "open-full" => ("Open the full playground", "打开完整的游乐场"),
        "language" => ("中文", "English"),
        "language-label" => ("Switch to Chinese", "切换到英文"),
        "hidden-tab" => (
            "The tab was hidden during the run: browsers slow timers in hidden tabs, so the times above may be longer than the program's.",
            "运行期间标签页被隐藏：浏览器会减慢隐藏标签页中的定时器，因此上面的时间可能比程序实际耗时更长。",
        ),
        "unknown-param" => ("Unknown link parameter, showing the default lesson:", "链接参数无法识别，已显示默认课程："),
        "playhead" => ("Playhead (seconds)", "播放头（秒）"),
        "empty-b" => ("(leave B empty to run A alone)", "（B 留空则只运行 A）"),
        "editor-hint" => ("Tab indents · Ctrl/Cmd+Enter runs", "Tab 缩进 · Ctrl/Cmd+Enter 运行"),
        _ => ("?", "?"),
    };
    match lang {
        Lang::En => en,
        Lang::Zh => zh,
    }
}

/// A reactive translator bound to the language signal.
pub fn tr(lang: RwSignal<Lang>, key: &'static str) -> impl Fn() -> &'static str + Copy + 'static {
    move || t(lang.get(), key)
}
