//! The mutation fuzzer's parts: a seeded generator, the mutations, and the
//! program each case runs. `playground fuzz` (the CLI) runs cases in worker
//! processes, so that an abort is seen from outside and named by its case;
//! `tests/robustness.rs` runs a few thousand in-process.

use crate::driver::{run_to_end, Driver, Settings, SiteOnly, VirtualClock};
use crate::program::{Options, Program};
use crate::vm::interp::Budgets;

/// A small deterministic generator (xorshift) so failures reproduce.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

/// Pieces of Python spliced into programs, and the words of token soups.
pub const FRAGMENTS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    "\n",
    "    ",
    "\t",
    "await ",
    "async ",
    "yield ",
    "lambda",
    "*",
    "**",
    "=",
    "'",
    "\"",
    "\"\"\"",
    "f\"{",
    "}",
    "\\",
    "#",
    "@",
    ",",
    ".",
    "1e999",
    "0x",
    "None",
    "import asyncio\n",
    "del ",
    "return ",
    "raise ",
    "global x\n",
    "nonlocal y\n",
    "class C(C):\n",
    "async with x:\n",
    "for x in x:\n",
];

/// One to four edits of `src`: a cut, a fragment put in, a piece copied
/// elsewhere, a character replaced, two lines swapped.
pub fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(4) {
        if chars.is_empty() {
            break;
        }
        let at = rng.below(chars.len());
        match rng.below(5) {
            0 => {
                let n = 1 + rng.below(8);
                chars.drain(at..(at + n).min(chars.len()));
            }
            1 => {
                let frag = FRAGMENTS[rng.below(FRAGMENTS.len())];
                for (k, c) in frag.chars().enumerate() {
                    chars.insert(at + k, c);
                }
            }
            2 => {
                let from = rng.below(chars.len());
                let n = rng.below(40).min(chars.len() - from);
                let piece: Vec<char> = chars[from..from + n].to_vec();
                for (k, c) in piece.into_iter().enumerate() {
                    chars.insert(at + k, c);
                }
            }
            3 => chars[at] = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?'),
            _ => {
                // Swap two lines.
                let text: String = chars.iter().collect();
                let mut lines: Vec<&str> = text.lines().collect();
                if lines.len() > 1 {
                    let (i, j) = (rng.below(lines.len()), rng.below(lines.len()));
                    lines.swap(i, j);
                }
                chars = lines.join("\n").chars().collect();
            }
        }
    }
    chars.into_iter().collect()
}

/// Case `index` of the run seeded with `seed`: a mutation of a program of
/// `corpus` (five cases in six) or a soup of fragments. The same seed and
/// index give the same program, whatever ran before.
pub fn case(seed: u64, index: u64, corpus: &[String]) -> String {
    // SplitMix64 of the pair, so that neighbouring cases are unrelated.
    let mut z = seed ^ index.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    let mut rng = Rng((z ^ (z >> 31)) | 1);
    if corpus.is_empty() || rng.below(6) == 0 {
        let n = rng.below(60);
        return (0..n)
            .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
            .collect();
    }
    let base = &corpus[rng.below(corpus.len())];
    mutate(&mut rng, base)
}

/// The budgets a case runs under: small enough that a runaway ends in
/// well under a second.
pub fn case_options() -> Options {
    Options {
        budgets: Budgets {
            max_instructions: 300_000,
            max_output_bytes: 64 << 10,
            max_match_steps: 1_000_000,
            ..Budgets::default()
        },
        ..Options::default()
    }
}

/// Runs a case's program on a virtual clock until it ends (or its budgets
/// end it, or 10,000 turns have passed), its output dropped, on a thread
/// with the page's stack (1 MiB; 8 MiB unoptimized, whose frames are
/// larger). A panic comes back as its message.
pub fn run_case(src: &str) -> Result<(), String> {
    let src = src.to_string();
    let stack = if cfg!(debug_assertions) {
        8 << 20
    } else {
        1 << 20
    };
    let result = std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || std::panic::catch_unwind(move || run_unguarded(&src)))
        .map_err(|e| format!("no thread for the case: {e}"))?
        .join()
        .map_err(|_| "the case's thread died".to_string())?;
    result.map_err(|e| {
        e.downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

fn run_unguarded(src: &str) {
    let clock = VirtualClock::default();
    let settings = Settings {
        instructions_per_call: 50_000,
        ..Settings::default()
    };
    let program = Program::new(src, case_options());
    let mut driver = Driver::new(
        vec![program],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        settings,
    );
    run_to_end(&mut driver, &clock, 10_000, |d| {
        d.program_mut(0).take_output();
    });
}
