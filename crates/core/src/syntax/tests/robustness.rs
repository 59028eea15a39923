//! `parse` never panics and never overflows the stack: thousands of mutated
//! programs and pathological nesting all come back as `Ok` or `Err`.
//!
//! The work runs on a thread with a 1 MiB stack (the wasm budget) in release
//! builds; unoptimized builds use several times more stack per call, so they
//! get 8 MiB.

use super::roundtrip::CORPUS;
use crate::syntax::parse;

const STACK: usize = if cfg!(debug_assertions) {
    8 << 20
} else {
    1 << 20
};

fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

/// xorshift64*: deterministic, no dependencies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const ODD_CHARS: &[char] = &[
    '(', ')', '[', ']', '{', '}', ':', ',', '=', '\n', '\t', ' ', '\\', '\'', '"', '#', 'f', '{',
    '*', '@', '!', '$', '?', '.', '0', '9', '_', 'é', '¢', '🚀', '\0', '\r', '\x0c', '\u{a0}', 'j',
    'e', 'x', 'b', 'r',
];

const TOKENS: &[&str] = &[
    "async ", "await ", "def ", "class ", "if ", "else:", "elif ", "for ", " in ", "while ",
    "with ", "try:", "except", "finally:", "lambda", "yield ", "return ", "match ", "case ", "(",
    ")", "[", "]", "{", "}", ":=", "**", "->", "...", "'''", "\"\"\"", "f'{", "}'", "\n    ", "\n",
    "\\\n", "not ", " is not ", "*", ",", "=", "@", "0x", "1e", "1_",
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(chars.len() + 1);
        match rng.below(6) {
            0 if !chars.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(chars.len());
                chars.drain(at.min(end)..end);
            }
            1 => chars.insert(at, ODD_CHARS[rng.below(ODD_CHARS.len())]),
            2 => {
                let tok = TOKENS[rng.below(TOKENS.len())];
                chars.splice(at..at, tok.chars());
            }
            3 if !chars.is_empty() => {
                let start = at.min(chars.len() - 1);
                let end = (start + 1 + rng.below(40)).min(chars.len());
                let copy: Vec<char> = chars[start..end].to_vec();
                let to = rng.below(chars.len() + 1);
                chars.splice(to..to, copy);
            }
            4 => {
                let c = char::from_u32(rng.below(0x3000) as u32).unwrap_or('?');
                chars.insert(at, c);
            }
            _ => {
                // Swap two lines: breaks indentation and bracket structure.
                let text: String = chars.iter().collect();
                let mut lines: Vec<&str> = text.split('\n').collect();
                let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                lines.swap(a, b);
                chars = lines.join("\n").chars().collect();
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_programs_never_panic() {
    on_small_stack(|| {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut ok, mut err) = (0, 0);
        for round in 0..120 {
            for (_, src) in CORPUS {
                let mut program = mutate(&mut rng, src);
                if round % 10 == 9 {
                    program = mutate(&mut rng, &program);
                }
                match parse(&program) {
                    Ok(_) => ok += 1,
                    Err(e) => {
                        assert!(!e.msg.is_empty());
                        let _ = e.render("main.py");
                        err += 1;
                    }
                }
            }
        }
        // Random bytes (as lossy UTF-8) too.
        for _ in 0..500 {
            let bytes: Vec<u8> = (0..rng.below(200)).map(|_| rng.next() as u8).collect();
            let _ = parse(&String::from_utf8_lossy(&bytes));
        }
        assert!(ok + err >= 3700);
        assert!(err > 0 && ok > 0);
    });
}

#[test]
fn pathological_nesting_is_an_error_not_a_crash() {
    on_small_stack(|| {
        let n = 10_000;
        let cases: Vec<(String, &str)> = vec![
            ("(".repeat(n), "too many nested parentheses"),
            ("[".repeat(n), "too many nested parentheses"),
            ("{".repeat(n), "too many nested parentheses"),
            (
                format!("x = {}1{}", "(".repeat(150), ")".repeat(150)),
                "too many nested parentheses",
            ),
            (
                format!("{}1", "-".repeat(n)),
                "expression too deeply nested",
            ),
            (
                format!("{}x", "not ".repeat(n)),
                "expression too deeply nested",
            ),
            (
                format!("{}1", "lambda: ".repeat(n)),
                "expression too deeply nested",
            ),
            (
                format!("{}2", "2**".repeat(n)),
                "expression too deeply nested",
            ),
            (
                format!("{}1", "1 if 2 else ".repeat(n)),
                "expression too deeply nested",
            ),
            (
                format!("{}1", "1+".repeat(n)),
                "expression too deeply nested",
            ),
            (
                format!("x{}", ".a".repeat(n)),
                "expression too deeply nested",
            ),
            (
                format!("f{}", "()".repeat(n)),
                "expression too deeply nested",
            ),
            (
                format!("x{}", "[0]".repeat(n)),
                "expression too deeply nested",
            ),
            (
                (0..150)
                    .map(|i| format!("{}if x:\n", " ".repeat(i)))
                    .collect(),
                "too many levels of indentation",
            ),
        ];
        for (src, msg) in &cases {
            let e = parse(src).expect_err(msg);
            assert_eq!(&e.msg, msg, "for {}...", &src[..src.len().min(30)]);
        }
        // What tutorials could plausibly contain still parses.
        for ok in [
            format!("x = {}1{}\n", "(".repeat(90), ")".repeat(90)),
            format!("x = {}1\n", "-".repeat(90)),
            format!("x = 0{}\n", " + 1".repeat(900)),
            format!("x = {}0{}\n", "[".repeat(90), "]".repeat(90)),
            (0..99)
                .map(|i| format!("{}if x:\n", " ".repeat(i)))
                .collect::<String>()
                + &" ".repeat(99)
                + "pass\n",
        ] {
            parse(&ok).unwrap();
        }
    });
}
