//! Share links: the editors' programs and the demo site's settings packed
//! into the link's fragment (`#code=<base64url>.<its length>`, compressed
//! by the browser in `share.js`), the lesson and the language in its query.
//! Nothing is stored on a server.
//!
//! The packed text is a header and the two programs:
//!
//! ```text
//! async-playground 1
//! <latency ms> <error %> <real server 0|1> <bytes of A> <bytes of B> <checksum>
//! <A><B>
//! ```
//!
//! A link that was cut short (its closing length is missing or larger than
//! what is there), changed (a character that is not base64url, a stream
//! that does not decompress, a checksum that differs) or made by a newer
//! page is refused with the name of its problem (an i18n key).

use crate::net::SiteSettings;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/share.js")]
extern "C" {
    #[wasm_bindgen(js_name = packLink)]
    fn pack_link(text: &str, query: &str, done: JsValue);
    #[wasm_bindgen(js_name = unpackLink)]
    fn unpack_link(code: &str, done: JsValue);
    #[wasm_bindgen(js_name = showSettings)]
    pub fn show_settings(latency: f64, errors: f64, real: bool);
    /// Hand `text` to the browser as the download `name` of MIME type `kind`.
    pub fn download(text: &str, name: &str, kind: &str);
    /// Draw the SVG `svg` into a canvas and download it as the PNG `name`.
    #[wasm_bindgen(js_name = downloadPng)]
    pub fn download_png(svg: &str, name: &str);
}

/// The link was cut short (chat apps cut long links).
pub const CUT: &str = "share-cut";
/// The link was changed or damaged.
pub const DAMAGED: &str = "share-damaged";
/// The link was made by a newer page.
pub const NEWER: &str = "share-newer";

const MAGIC: &str = "async-playground ";
const VERSION: u32 = 1;

/// What a share link holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    /// Programs A and B.
    pub programs: [String; 2],
    pub settings: SiteSettings,
}

/// FNV-1a over the programs' bytes.
fn checksum(a: &str, b: &str) -> u32 {
    a.bytes().chain(b.bytes()).fold(0x811c_9dc5, |h, c| {
        (h ^ u32::from(c)).wrapping_mul(0x0100_0193)
    })
}

/// The text a link packs.
pub fn payload(a: &str, b: &str, s: SiteSettings) -> String {
    format!(
        "{MAGIC}{VERSION}\n{} {} {} {} {} {}\n{a}{b}",
        s.config.latency_ms,
        s.config.error_percent,
        u8::from(s.real_server),
        a.len(),
        b.len(),
        checksum(a, b)
    )
}

/// Read a link's text; `ok`: the stream decompressed to its end.
pub fn read(text: &str, ok: bool) -> Result<Shared, &'static str> {
    let (first, rest) = text.split_once('\n').ok_or(DAMAGED)?;
    let version: u32 = first
        .strip_prefix(MAGIC)
        .and_then(|v| v.parse().ok())
        .ok_or(DAMAGED)?;
    if version > VERSION {
        return Err(NEWER);
    }
    let (head, body) = rest.split_once('\n').ok_or(DAMAGED)?;
    let f: Vec<&str> = head.split(' ').collect();
    let num = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok()).ok_or(DAMAGED);
    let (la, lb) = (num(3)? as usize, num(4)? as usize);
    let sum = num(5)?;
    if !ok || f.len() != 6 || body.len() != la.saturating_add(lb) || !body.is_char_boundary(la) {
        return Err(DAMAGED);
    }
    let (a, b) = body.split_at(la);
    if u64::from(checksum(a, b)) != sum {
        return Err(DAMAGED);
    }
    let mut settings = SiteSettings::default();
    settings.config.latency_ms = num(0)?.min(10_000);
    settings.config.error_percent = num(1)?.min(100) as u8;
    settings.real_server = num(2)? == 1;
    Ok(Shared {
        programs: [a.to_string(), b.to_string()],
        settings,
    })
}

/// The base64url code in a link's fragment (`#code=<code>.<its length>`),
/// `None` when the fragment holds none.
pub fn code(hash: &str) -> Option<Result<&str, &'static str>> {
    let packed = hash.strip_prefix('#')?.strip_prefix("code=")?;
    let Some((code, len)) = packed.rsplit_once('.') else {
        return Some(Err(CUT));
    };
    let n = code.len();
    let fine = |c: u8| c.is_ascii_alphanumeric() || c == b'-' || c == b'_';
    Some(if len.parse() == Ok(n) && n > 0 {
        if code.bytes().all(fine) {
            Ok(code)
        } else {
            Err(DAMAGED)
        }
    } else if n.to_string().starts_with(len) || len.parse::<usize>().is_ok_and(|l| l > n) {
        // The closing length, or part of it, is missing, or says more was there.
        Err(CUT)
    } else {
        Err(DAMAGED)
    })
}

thread_local! {
    /// What the page's share link held, until the page takes it.
    static LINK: RefCell<Option<Result<Shared, &'static str>>> = const { RefCell::new(None) };
    /// Programs A and B as a link showed them: not saved as the learner's
    /// edits until edited.
    static HELD: RefCell<Option<[String; 2]>> = const { RefCell::new(None) };
}

/// One JS callback type for both directions: `(text, flag)`.
fn callback(f: Box<dyn FnOnce(String, bool)>) -> JsValue {
    Closure::once_into_js(move |text: String, flag: bool| f(text, flag))
}

/// Read the share link in the page's address, if it has one, then call
/// `read` (the page then `take`s it).
pub fn open(done: impl Fn() + 'static) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let keep = move |r| {
        LINK.with(|l| *l.borrow_mut() = Some(r));
        done();
    };
    match code(&hash) {
        None => {}
        Some(Err(e)) => keep(Err(e)),
        Some(Ok(code)) => unpack_link(
            code,
            callback(Box::new(move |text, ok| keep(read(&text, ok)))),
        ),
    }
}

/// Whether a link was read and not yet taken.
pub fn waiting() -> bool {
    LINK.with(|l| l.borrow().is_some())
}

/// What the link held, once.
pub fn take() -> Option<Result<Shared, &'static str>> {
    LINK.with(|l| l.borrow_mut().take())
}

/// Programs shown from a link (`None`: none, or the learner moved on).
pub fn hold(programs: Option<[String; 2]>) {
    HELD.with(|h| *h.borrow_mut() = programs);
}

/// Whether `text` in editor `k` (0: A, 1: B) is as a link showed it.
pub fn held(k: usize, text: &str) -> bool {
    HELD.with(|h| h.borrow().as_ref().is_some_and(|h| h[k] == text))
}

/// Make the link to `query` with the programs and settings packed in and
/// copy it: `done(link, copied)` (an empty link if the browser could not
/// compress).
pub fn make(
    a: &str,
    b: &str,
    settings: SiteSettings,
    query: &str,
    done: impl FnOnce(String, bool) + 'static,
) {
    pack_link(&payload(a, b, settings), query, callback(Box::new(done)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> SiteSettings {
        let mut s = SiteSettings::default();
        s.config.latency_ms = 700;
        s.config.error_percent = 15;
        s.real_server = true;
        s
    }

    #[test]
    fn programs_and_settings_come_back() {
        let a = "print('你好，世界')\n";
        let b = "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n";
        let text = payload(a, b, settings());
        assert_eq!(
            read(&text, true),
            Ok(Shared {
                programs: [a.into(), b.into()],
                settings: settings()
            })
        );
        let empty = payload("x = 1\n", "", SiteSettings::default());
        assert_eq!(read(&empty, true).unwrap().programs[1], "");
    }

    #[test]
    fn damaged_cut_and_newer_texts_are_named() {
        let text = payload("print(1)\n", "print(2)\n", settings());
        assert_eq!(read(&text, false), Err(DAMAGED), "the stream failed");
        assert_eq!(read(&text[..text.len() - 3], true), Err(DAMAGED));
        assert_eq!(
            read(&text.replace("print(2)", "print(3)"), true),
            Err(DAMAGED)
        );
        assert_eq!(read("", true), Err(DAMAGED));
        assert_eq!(read("garbage\nmore\n", true), Err(DAMAGED));
        assert_eq!(
            read(
                &text.replace("async-playground 1", "async-playground 2"),
                true
            ),
            Err(NEWER)
        );
        // A length that would split a character.
        let zh = payload("好", "", SiteSettings::default()).replace(" 3 0 ", " 1 2 ");
        assert_eq!(read(&zh, true), Err(DAMAGED));
    }

    #[test]
    fn the_fragment_names_cut_and_changed_codes() {
        assert_eq!(code(""), None);
        assert_eq!(code("#section"), None);
        assert_eq!(code("#code=abc_-9.6"), Some(Ok("abc_-9")));
        assert_eq!(code("#code=abc_-9"), Some(Err(CUT)), "no closing length");
        assert_eq!(code("#code=abc.6"), Some(Err(CUT)), "shorter than it says");
        assert_eq!(code("#code=abcdefg.6"), Some(Err(DAMAGED)));
        assert_eq!(code("#code=ab+/c=.6"), Some(Err(DAMAGED)));
        assert_eq!(code("#code=abc.x"), Some(Err(DAMAGED)));
        assert_eq!(code("#code=abc."), Some(Err(CUT)), "cut after the dot");
        assert_eq!(
            code("#code=abcdefghijkl.1"),
            Some(Err(CUT)),
            "cut in the length"
        );
    }
}
