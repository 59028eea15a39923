//! `playground run --perfetto OUT.json --svg OUT.svg`: the run's Chrome /
//! Perfetto trace and its timeline as SVG, written next to what the program
//! prints, with a track and a lane per task.

use std::process::Command;

#[test]
fn perfetto_and_svg_files_name_every_lane() {
    let dir = std::env::temp_dir().join(format!("playground-exports-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let program = dir.join("tasks.py");
    std::fs::write(
        &program,
        "import asyncio\n\nasync def nap(n):\n    await asyncio.sleep(n)\n    print('woke', n)\n\nasync def main():\n    await asyncio.gather(nap(1), nap(2), return_exceptions=True)\n\nasyncio.run(main())\n",
    )
    .unwrap();
    let (json, svg) = (dir.join("trace.json"), dir.join("timeline.svg"));
    let out = Command::new(env!("CARGO_BIN_EXE_playground"))
        .arg("run")
        .arg(&program)
        .arg("--perfetto")
        .arg(&json)
        .arg("--svg")
        .arg(&svg)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "woke 1\nwoke 2\n");
    let json = std::fs::read_to_string(&json).unwrap();
    let svg = std::fs::read_to_string(&svg).unwrap();
    for lane in ["main", "Task-1", "Task-2", "Task-3"] {
        assert!(
            json.contains(&format!(
                "\"name\":\"thread_name\",\"args\":{{\"name\":\"{lane}\"}}"
            )),
            "{lane} in {json}"
        );
        assert!(svg.contains(&format!(">{lane}</text>")), "{lane} in {svg}");
    }
    assert!(json.contains("\"name\":\"waiting: sleep 2s\""), "{json}");
    assert!(json.contains("\"ph\":\"i\""));
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.contains("tasks.py: 2.00 s</text>"), "{svg}");

    // A file that cannot be written is an error with status 2.
    let out = Command::new(env!("CARGO_BIN_EXE_playground"))
        .arg("run")
        .arg(&program)
        .arg("--svg")
        .arg(dir.join("missing").join("t.svg"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can't write SVG"));
    let _ = std::fs::remove_dir_all(&dir);
}
