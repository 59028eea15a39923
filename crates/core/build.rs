//! Shrinks the Python source of the library modules (`src/**/*.py`, and
//! `lib/*.py` where they are embedded too) before it goes into the binary: comments, docstrings and blank lines go,
//! indentation is divided by four. Library frames are hidden from
//! tracebacks, so their line numbers are never shown (a line marked with
//! the line of CPython's it stands for shows that one, and keeps its mark);
//! the wasm bundle is smaller by what the text would have weighed.

use std::fs;
use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    for dir in ["src/modules", "src/asyncio"] {
        shrink_dir(Path::new(dir), Path::new(&out));
    }
    // lib/ keeps its folders (packages such as concurrent/).
    shrink_dir(Path::new("lib"), &Path::new(&out).join("lib"));
    write_library_table(Path::new(&out));
    write_lesson_registry(Path::new(&out));
}

/// `lessons.rs`: the lessons' registry (`crate::lessons`), made from
/// `lessons/lessons.json`, the one list of the lessons the e2e tests read
/// too. The programs, their outputs and explanations are the files beside it.
fn write_lesson_registry(out: &Path) {
    println!("cargo:rerun-if-changed=lessons/lessons.json");
    let text = fs::read_to_string("lessons/lessons.json").expect("read lessons/lessons.json");
    let lessons: serde_json::Value = serde_json::from_str(&text).expect("lessons.json is JSON");
    let str_of = |v: &serde_json::Value, key: &str| -> String {
        let s = v[key]
            .as_str()
            .unwrap_or_else(|| panic!("lessons.json: {key} missing in {v}"));
        format!("{s:?}")
    };
    let mut code = String::from("static LESSONS: &[Lesson] = &[\n");
    for lesson in lessons.as_array().expect("lessons.json: a list") {
        let id = str_of(lesson, "id");
        let number = lesson["number"].as_u64().expect("lessons.json: number");
        let computes = lesson["computes"].as_bool().unwrap_or(false);
        code.push_str(&format!(
            "    Lesson {{\n        id: {id},\n        number: {number},\n        computes: {computes},\n        \
             title_en: {},\n        title_zh: {},\n        explain_en: explain!({id}, \"en\"),\n        \
             explain_zh: explain!({id}, \"zh\"),\n        programs: &[\n",
            str_of(lesson, "title_en"),
            str_of(lesson, "title_zh"),
        ));
        for program in lesson["programs"]
            .as_array()
            .expect("lessons.json: programs")
        {
            let which = str_of(program, "which");
            let seconds = program["seconds"].as_f64().expect("lessons.json: seconds");
            // CPython's stderr, when it wrote any, is a file beside the program.
            let bare_id = lesson["id"].as_str().unwrap_or_default();
            let bare_which = program["which"].as_str().unwrap_or_default();
            let stderr_file = format!("lessons/{bare_id}/{bare_which}.expected-stderr.txt");
            let stderr = if Path::new(&stderr_file).exists() {
                format!(", include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{stderr_file}\"))")
            } else {
                String::new()
            };
            code.push_str(&format!(
                "            program!({id}, {which}, {}, {}, {seconds:?}{stderr}),\n",
                str_of(program, "label_en"),
                str_of(program, "label_zh"),
            ));
        }
        code.push_str("        ],\n    },\n");
    }
    code.push_str("];\n");
    fs::write(out.join("lessons.rs"), code).expect("write lessons.rs");
}

/// `libraries.rs`: the table of `lib/` modules (name, file), read off the
/// folder so that a new module is one new file, and the embedded sources.
fn write_library_table(out: &Path) {
    let mut files = Vec::new();
    list_py(Path::new("lib"), "", &mut files);
    files.sort();
    let module_name = |file: &str| {
        let stem = file.trim_end_matches(".py");
        stem.trim_end_matches("/__init__").replace('/', ".")
    };
    // One string, not a table of (name, flag) pairs: the pairs' pointers
    // weighed more in the wasm than the names themselves.
    let names: Vec<String> = files
        .iter()
        .map(|file| {
            let package = if file.ends_with("/__init__.py") {
                "/"
            } else {
                ""
            };
            module_name(file) + package
        })
        .collect();
    let mut table = format!(
        "/// The `lib/` modules' names, space-separated and sorted, a package's\n\
         /// ending in `/` (its file is `name/__init__.py` under `lib/`, else\n\
         /// `name.py`; see `modules::libraries`).\n\
         pub const LIBRARY_NAMES: &str = {:?};\n",
        names.join(" ")
    );
    table.push_str("\n#[cfg(feature = \"embedded-libraries\")]\n");
    table.push_str(
        "fn embedded_library(file: &str) -> Option<&'static str> {\n    Some(match file {\n",
    );
    for file in &files {
        table.push_str(&format!(
            "        {file:?} => include_str!(concat!(env!(\"OUT_DIR\"), \"/lib/{file}\")),\n"
        ));
    }
    table.push_str("        _ => return None,\n    })\n}\n");
    fs::write(out.join("libraries.rs"), table).expect("write libraries.rs");
}

fn list_py(dir: &Path, prefix: &str, files: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .to_string();
        if path.is_dir() {
            list_py(&path, &format!("{prefix}{name}/"), files);
        } else if name.ends_with(".py") {
            files.push(format!("{prefix}{name}"));
        }
    }
}

fn shrink_dir(dir: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    fs::create_dir_all(out).expect("output folder");
    for entry in entries.flatten() {
        let path = entry.path();
        let name = path.file_name().expect("file name");
        if path.is_dir() {
            shrink_dir(&path, &out.join(name));
        } else if path.extension().is_some_and(|e| e == "py") {
            let source = fs::read_to_string(&path).expect("library module");
            fs::write(out.join(name), shrink(&source)).expect("write");
        }
    }
}

fn shrink(source: &str) -> String {
    let mut out = String::with_capacity(source.len() / 2);
    // Inside a triple-quoted string that spans lines: copy as is.
    let mut in_string = false;
    // Inside a dropped docstring that spans lines.
    let mut in_docstring = false;
    // A docstring was dropped at this indentation: its block needs a body.
    let mut dropped_at: Option<usize> = None;
    let mut previous_opens_block = false;
    for line in source.lines() {
        let quotes = line.matches("\"\"\"").count() + line.matches("'''").count();
        if in_docstring {
            if quotes % 2 == 1 {
                in_docstring = false;
            }
            continue;
        }
        if in_string {
            out.push_str(line);
            out.push('\n');
            if quotes % 2 == 1 {
                in_string = false;
            }
            continue;
        }
        let text = line.trim_start();
        let indent = line.len() - text.len();
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        if previous_opens_block && (text.starts_with("\"\"\"") || text.starts_with("'''")) {
            // A docstring: the first statement of a def or class.
            in_docstring = quotes % 2 == 1;
            dropped_at = Some(indent);
            continue;
        }
        if let Some(at) = dropped_at.take() {
            if indent < at {
                push_indented(&mut out, at, "pass");
            }
        }
        // A mark saying which line of CPython's library a line stands for
        // stays: tracebacks show that line (`modules::cpython_place`).
        let code = match text.find('#') {
            Some(i) if text[i..].starts_with("# 3.11: ") => text,
            Some(i) if !text.contains(['"', '\'']) => text[..i].trim_end(),
            _ => text,
        };
        push_indented(&mut out, indent, code);
        previous_opens_block = code.ends_with(':')
            && (code.starts_with("def ")
                || code.starts_with("class ")
                || code.starts_with("async def "));
        in_string = quotes % 2 == 1;
    }
    if let Some(at) = dropped_at {
        push_indented(&mut out, at, "pass");
    }
    out
}

fn push_indented(out: &mut String, indent: usize, code: &str) {
    for _ in 0..indent / 4 {
        out.push(' ');
    }
    out.push_str(code);
    out.push('\n');
}
