//! The page's parts. Each knows the timeline model and the host's signals,
//! never the interpreter's internals.

pub mod console;
pub mod editor;
pub mod gallery;
pub mod loop_panel;
pub mod site_settings;
pub mod timeline;
